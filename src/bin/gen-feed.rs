//! gen-feed: writes a large, deterministic JSON Feed for tests and benchmarks.
//! Usage: `cargo run --bin gen-feed -- --items 5000 --seed 1 > big.json`.
//! The same seed and count always give the same bytes.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    generate::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Native only: it writes JSON values with serde_json, which the wasm does not carry.
#[cfg(not(target_arch = "wasm32"))]
mod generate {
    use serde_json::{json, Value};

    const SECTIONS: [(&str, &str); 6] = [
        ("politique", "Politique"),
        ("economie", "Économie"),
        ("societe", "Société"),
        ("monde", "Monde"),
        ("sport", "Sport"),
        ("culture", "Culture"),
    ];
    const SUBJECTS: [&str; 16] = [
        "Le gouvernement",
        "La région de l’Oriental",
        "Le port de Casablanca",
        "La Bourse",
        "Le Parlement",
        "L’équipe nationale",
        "La commune de Fès",
        "Le festival",
        "Les agriculteurs",
        "La banque centrale",
        "Les enseignants",
        "Le club de Tanger",
        "L’office des phosphates",
        "La compagnie aérienne",
        "Les médecins",
        "Le conseil municipal",
    ];
    const VERBS: [&str; 12] = [
        "annonce",
        "prépare",
        "lance",
        "présente",
        "défend",
        "reporte",
        "réorganise",
        "accélère",
        "finance",
        "conteste",
        "célèbre",
        "évalue",
    ];
    const OBJECTS: [&str; 14] = [
        "un plan d’investissement",
        "une réforme attendue",
        "un nouveau calendrier",
        "la saison prochaine",
        "un programme d’été",
        "une hausse des tarifs",
        "un accord régional",
        "son bilan annuel",
        "une campagne nationale",
        "la rénovation du centre",
        "un appel d’offres",
        "une étude sur l’eau",
        "le budget de l’an prochain",
        "un partenariat africain",
    ];
    const WORDS: [&str; 40] = [
        "selon",
        "les",
        "responsables",
        "projet",
        "quartier",
        "chantier",
        "semaine",
        "habitants",
        "chiffres",
        "trimestre",
        "millions",
        "dirhams",
        "ministère",
        "régions",
        "saison",
        "marché",
        "prix",
        "accord",
        "public",
        "rapport",
        "étape",
        "emplois",
        "jeunes",
        "villes",
        "réseau",
        "production",
        "visiteurs",
        "exportations",
        "précipitations",
        "infrastructures",
        "consommation",
        "négociations",
        "équipements",
        "partenaires",
        "formation",
        "investissement",
        "tourisme",
        "énergie",
        "transport",
        "santé",
    ];
    const IMAGES: [&str; 6] = [
        "img/politique.svg",
        "img/economie.svg",
        "img/societe.svg",
        "img/monde.svg",
        "img/sport.svg",
        "img/culture.svg",
    ];

    /// SplitMix64: tiny, fast, and the same sequence on every machine.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
            list[self.below(list.len())]
        }
    }

    /// A sentence of `min` to `min + spread - 1` words.
    fn sentence(rng: &mut Rng, min: usize, spread: usize) -> String {
        let words = min + rng.below(spread.max(1));
        let mut text = String::new();
        for i in 0..words {
            let word = rng.pick(&WORDS);
            if i == 0 {
                let mut chars = word.chars();
                text.extend(chars.next().map(|c| c.to_uppercase().next().unwrap_or(c)));
                text.push_str(chars.as_str());
            } else {
                text.push(' ');
                text.push_str(word);
            }
        }
        text.push('.');
        text
    }

    /// The span of dates the generator uses: the 59 days up to 2026-11-28 (October and November).
    const SPAN_MINUTES: u64 = 59 * 24 * 60;

    /// An RFC 3339 date `minutes_before` minutes before 2026-11-28T23:59+01:00 (at most 59 days).
    fn date(minutes_before: u64) -> String {
        let minutes_before = minutes_before % SPAN_MINUTES;
        let last_minute = 23 * 60 + 59;
        let days_back = (minutes_before + (24 * 60 - 1 - last_minute)) / (24 * 60);
        let minute_of_day = (last_minute + 24 * 60 * days_back - minutes_before) % (24 * 60);
        let day_of_november = 28 - days_back as i64;
        let (month, day) = if day_of_november >= 1 {
            (11, day_of_november)
        } else {
            (10, 31 + day_of_november)
        };
        format!(
            "2026-{month:02}-{day:02}T{:02}:{:02}:00+01:00",
            minute_of_day / 60,
            minute_of_day % 60
        )
    }

    fn item(rng: &mut Rng, index: usize) -> Value {
        let id = format!("gen-{index}");
        let (slug, name) = SECTIONS[rng.below(SECTIONS.len())];
        let published = date(index as u64 * 8);
        let headline = format!(
            "{} {} {}",
            rng.pick(&SUBJECTS),
            rng.pick(&VERBS),
            rng.pick(&OBJECTS)
        );
        if rng.below(10) == 0 {
            return json!({
                "id": id,
                "content_text": headline,
                "title": headline,
                "date_published": published,
                "tags": [name],
                "_manchette": { "kind": "brief", "section": slug },
            });
        }
        let paragraphs: Vec<String> = (0..3 + rng.below(5))
            .map(|_| format!("<p>{} {}</p>", sentence(rng, 12, 10), sentence(rng, 8, 12)))
            .collect();
        json!({
            "id": id,
            "title": headline,
            "summary": sentence(rng, 18, 1),
            "content_html": format!("{}<h2>{}</h2>{}", paragraphs[0], sentence(rng, 4, 1), paragraphs[1..].concat()),
            "image": IMAGES[SECTIONS.iter().position(|s| s.0 == slug).unwrap_or(0)],
            "date_published": published,
            "authors": [{ "name": format!("Rédaction {name}") }],
            "tags": [name, rng.pick(&WORDS)],
            "_manchette": {
                "kind": "article",
                "section": slug,
                "lead": sentence(rng, 22, 1),
                "image_caption": sentence(rng, 6, 1),
                "image_credit": "Illustration : Manchette",
            },
        })
    }

    pub fn main() {
        let mut items = 500_usize;
        let mut seed = 1_u64;
        let mut args = std::env::args().skip(1);
        while let Some(flag) = args.next() {
            let value = args.next().and_then(|v| v.parse::<u64>().ok());
            match (flag.as_str(), value) {
                ("--items", Some(n)) => items = n as usize,
                ("--seed", Some(s)) => seed = s,
                _ => {
                    eprintln!("usage: gen-feed [--items N] [--seed S] > feed.json");
                    std::process::exit(2);
                }
            }
        }
        let mut rng = Rng(seed);
        let sections: Vec<Value> = SECTIONS
            .iter()
            .enumerate()
            .map(|(order, (slug, name))| json!({ "slug": slug, "name": name, "order": order + 1 }))
            .collect();
        let mut items: Vec<Value> = (0..items).map(|i| item(&mut rng, i)).collect();
        if let Some(first_article) = items
            .iter_mut()
            .find(|i| i["_manchette"]["kind"] == "article")
        {
            first_article["_manchette"]["featured"] = json!(1);
        }
        let feed = json!({
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Le Quotidien généré",
            "language": "fr",
            "_manchette": { "site_name": "Le Quotidien généré", "locale": "fr", "sections": sections },
            "items": items,
        });
        let stdout = std::io::stdout();
        serde_json::to_writer(stdout.lock(), &feed).expect("writing the feed to stdout");
        println!();
    }
}
