//! Citations: each target's source as people cite it — a seed's outlet, title, date and URL
//! from its `seeds/*.toml` record, a user's `source` column as written — numbered in order of
//! first use, for the list that ends the HTML and Markdown reports.

use crate::assess::Assessment;
use crate::model::{Lang, Source};

/// The numbered sources of a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Citations {
    /// `(source as written in the data, the citation)`, numbered from 1 in this order.
    list: Vec<(String, String)>,
}

/// One source as cited: a seed record's outlet, title, date and URL; else the text as written.
fn cite(source: &str, seeds: &[Source], lang: Lang) -> String {
    match seeds.iter().find(|s| s.id == source) {
        Some(s) => {
            let url = if s.url.is_empty() {
                String::new()
            } else {
                format!(" {}", s.url)
            };
            match lang {
                Lang::Zh => format!("{}，《{}》，{}。{url}", s.outlet, s.title, s.published),
                Lang::En => format!("{}, “{}”, {}.{url}", s.outlet, s.title, s.published),
            }
        }
        None => source.to_string(),
    }
}

impl Citations {
    /// The sources of `rows` (targets without one have no number).
    pub(crate) fn new(rows: &[Assessment], seeds: &[Source], lang: Lang) -> Self {
        let mut list: Vec<(String, String)> = Vec::new();
        for a in rows {
            let s = a.source.trim();
            if !s.is_empty() && !list.iter().any(|(k, _)| k == s) {
                list.push((s.to_string(), cite(s, seeds, lang)));
            }
        }
        Citations { list }
    }

    /// The number of a target's source, from 1.
    pub(crate) fn number(&self, a: &Assessment) -> Option<usize> {
        let s = a.source.trim();
        self.list.iter().position(|(k, _)| k == s).map(|i| i + 1)
    }

    /// `(number, citation)` in order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (usize, &str)> {
        self.list
            .iter()
            .enumerate()
            .map(|(i, (_, c))| (i + 1, c.as_str()))
    }

    /// The list's heading.
    pub(crate) fn heading(lang: Lang) -> &'static str {
        lang.pick("来源", "Sources")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_cite_outlet_title_and_date_and_user_sources_stay_as_written() {
        let facts = crate::load::seed_facts().unwrap();
        let rows = crate::assess::assess_all(&facts, &crate::assess::Options::default());
        let seeds = crate::load::seed_sources().unwrap();
        let c = Citations::new(&rows, &seeds, Lang::Zh);
        let r = rows.iter().find(|a| a.id == "wj-pharma-rev-2026").unwrap();
        let n = c.number(r).unwrap();
        let (_, text) = c.entries().nth(n - 1).unwrap();
        assert!(text.starts_with("四川经济网，《2026年培育形成"), "{text}");
        assert!(
            text.contains("2022-02-14。") && text.contains("http"),
            "{text}"
        );
        // Numbers run 1..=n without gaps, one per distinct source.
        let numbers: Vec<usize> = c.entries().map(|(i, _)| i).collect();
        assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());
        let mut user = rows[0].clone();
        user.source = "区统计局 2023年公报".into();
        let c = Citations::new(&[user.clone()], &seeds, Lang::En);
        assert_eq!(c.entries().next().unwrap().1, "区统计局 2023年公报");
        assert_eq!(c.number(&user), Some(1));
    }
}
