//! A time zone's offsets from UTC over a span of years, as the publishing step writes them
//! into each page (`<meta name="manchette-zone">`, from jiff's time zone database). The app
//! taking a published page over reads its dates' offsets here, and so never asks the
//! browser's `Intl`, whose first use costs about 100 ms of main thread on a phone.

/// The offsets of one zone from an instant until another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneTable {
    /// The zone's IANA name.
    pub name: String,
    /// From each instant on (milliseconds since the epoch), the offset in minutes; in order,
    /// the first one starting the span.
    spans: Vec<(i64, i32)>,
    /// The end of the span, not included.
    until_ms: i64,
}

/// No zone is further than this from UTC (minutes); anything beyond is not a table of ours.
const MAX_OFFSET: i32 = 18 * 60;

impl ZoneTable {
    /// The `name` of the page's `<meta>` element.
    pub const META: &'static str = "manchette-zone";

    /// `spans` must start the span and come in order (the publishing step builds them so).
    pub fn new(name: &str, spans: Vec<(i64, i32)>, until_ms: i64) -> Self {
        ZoneTable {
            name: name.to_owned(),
            spans,
            until_ms,
        }
    }

    /// The `content` of the `<meta>` element: `NAME UNTIL FROM:OFFSET FROM:OFFSET…`, instants
    /// in seconds (`Africa/Casablanca 1830297600 1767225600:60 1771110000:0 …`).
    pub fn content(&self) -> String {
        let mut text = format!("{} {}", self.name, self.until_ms / 1_000);
        for (from, offset) in &self.spans {
            text.push_str(&format!(" {}:{offset}", from / 1_000));
        }
        text
    }

    /// A table read back from its `content`; `None` for anything else.
    pub fn parse(content: &str) -> Option<Self> {
        let mut fields = content.split(' ');
        let name = fields.next().filter(|name| !name.is_empty())?;
        let until_ms = fields.next()?.parse::<i64>().ok()?.checked_mul(1_000)?;
        let mut spans = Vec::new();
        for field in fields {
            let (from, offset) = field.split_once(':')?;
            let from = from.parse::<i64>().ok()?.checked_mul(1_000)?;
            let offset: i32 = offset.parse().ok()?;
            let in_order = spans.last().is_none_or(|(last, _)| from > *last);
            if !in_order || offset.abs() > MAX_OFFSET {
                return None;
            }
            spans.push((from, offset));
        }
        let starts_before_end = spans.first().is_some_and(|(first, _)| *first < until_ms);
        starts_before_end.then(|| ZoneTable::new(name, spans, until_ms))
    }

    /// The offset at an instant within the span, in minutes.
    pub fn offset_at(&self, epoch_ms: i64) -> Option<i32> {
        if epoch_ms >= self.until_ms {
            return None;
        }
        let after = self.spans.partition_point(|(from, _)| *from <= epoch_ms);
        after.checked_sub(1).map(|at| self.spans[at].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn casablanca() -> ZoneTable {
        // Morocco's clocks leave +01:00 for Ramadan (the 2026 dates).
        ZoneTable::new(
            "Africa/Casablanca",
            vec![
                (1_767_225_600_000, 60),
                (1_771_110_000_000, 0),
                (1_773_540_000_000, 60),
            ],
            1_830_297_600_000,
        )
    }

    #[test]
    fn a_table_reads_back_as_written() {
        let table = casablanca();
        assert_eq!(
            table.content(),
            "Africa/Casablanca 1830297600 1767225600:60 1771110000:0 1773540000:60"
        );
        assert_eq!(ZoneTable::parse(&table.content()), Some(table));
    }

    #[test]
    fn each_instant_has_the_offset_of_the_span_it_falls_in() {
        let table = casablanca();
        assert_eq!(table.offset_at(1_767_225_600_000), Some(60));
        assert_eq!(table.offset_at(1_771_109_999_999), Some(60));
        assert_eq!(table.offset_at(1_771_110_000_000), Some(0));
        assert_eq!(table.offset_at(1_773_540_000_000), Some(60));
        assert_eq!(table.offset_at(1_830_297_599_999), Some(60));
    }

    #[test]
    fn outside_its_span_a_table_knows_nothing() {
        let table = casablanca();
        assert_eq!(table.offset_at(1_767_225_599_999), None);
        assert_eq!(table.offset_at(1_830_297_600_000), None);
    }

    #[test]
    fn what_is_not_a_table_is_refused() {
        for content in [
            "",
            "Africa/Casablanca",
            "Africa/Casablanca 1830297600",
            "Africa/Casablanca soon 1767225600:60",
            "Africa/Casablanca 1830297600 1767225600",
            "Africa/Casablanca 1830297600 1767225600:6000",
            "Africa/Casablanca 1830297600 1771110000:0 1767225600:60",
            "Africa/Casablanca 1767225600 1830297600:60",
            " 1830297600 1767225600:60",
        ] {
            assert_eq!(ZoneTable::parse(content), None, "{content:?}");
        }
    }
}
