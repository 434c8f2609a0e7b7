//! Facts: one sourced figure each (an actual, a target or a stated growth rate).

use super::period::{Date, Period};
use super::unit::Unit;
use serde::Serialize;
use std::fmt;

/// What a fact states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A measured value (实现, 达到, 累计, 截至).
    Actual,
    /// A goal (力争, 到…年, 目标, 打造).
    Target,
    /// A stated growth rate (年均增长20%以上, 同比增长17.01%), in % per year.
    Growth,
}

/// How the figure is bounded in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    #[default]
    Exact,
    /// At least (以上, 突破, 超, 逾, 不低于).
    AtLeast,
    /// At most (以内, 以下, 控制在, 不超过).
    AtMost,
    /// About (约, 近, 余, 左右).
    About,
}

/// A target's wanted direction of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The indicator should rise (the default).
    Increase,
    /// The indicator should fall (下降, 减少, 控制在…以内).
    Decrease,
}

/// The arithmetic a target needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Reach a level by a date (千亿 by 2026).
    Level,
    /// Change relative to a base-period actual (翻一番 = 2 倍, 下降13.5 %); needs `base_period`.
    Relative,
    /// A growth rate as the goal itself (年均增长10 %以上), in % per year.
    Rate,
    /// A sum of yearly flows over a window (累计100个 over 2022/2026).
    Cumulative,
    /// A share or bounded value in % (占比达到60 %): never projected past 100 %.
    Share,
    /// No target: an indicator's progress in its wanted direction (reach's own rows).
    Trend,
    /// Not a target: a growth row that is the observed change of its own period (同比增长,
    /// 比上年增长), never a stated multi-year pace. A growth row without it (`level`, empty)
    /// is a stated pace (年均增长20%以上).
    #[serde(rename = "yoy")]
    YearOnYear,
}

macro_rules! word_enum {
    ($t:ty { $($v:ident => [$($w:literal),+]),+ $(,)? }) => {
        impl $t {
            /// Parses the English name or a Chinese marker; returns the accepted words on failure.
            pub fn parse(s: &str) -> Result<Self, String> {
                let s = s.trim();
                $( if [$($w),+].iter().any(|w| w.eq_ignore_ascii_case(s)) { return Ok(<$t>::$v); } )+
                Err([$($($w),+),+].join(", "))
            }
            /// The canonical English name.
            pub fn name(&self) -> &'static str {
                match self { $(<$t>::$v => [$($w),+][0]),+ }
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.name()) }
        }
    };
}

word_enum!(Kind { Actual => ["actual", "实际"], Target => ["target", "目标"], Growth => ["growth", "增速"] });
word_enum!(Qualifier {
    Exact => ["exact", "", "达到"],
    AtLeast => ["at_least", "以上", "突破", "超", "超过", "逾", "不低于", "不少于"],
    AtMost => ["at_most", "以内", "以下", "不超过", "不高于", "不多于", "控制在"],
    About => ["about", "约", "近", "余", "左右", "多"],
});
word_enum!(Direction { Increase => ["increase", "", "增长", "提高"], Decrease => ["decrease", "下降", "减少", "降低"] });
word_enum!(Form {
    Level => ["level", ""],
    Relative => ["relative", "翻番"],
    Rate => ["rate", "增速目标"],
    Cumulative => ["cumulative", "累计"],
    Share => ["share", "占比"],
    Trend => ["trend", "趋势"],
    YearOnYear => ["yoy", "同比"],
});

/// One sourced figure: a row of a fact file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// Unique id (a target's id is how `--id` picks it).
    pub id: String,
    /// The source document's id (a `seeds/` record), or free text for user data.
    pub source: String,
    /// Actual, target or stated growth rate.
    pub kind: Kind,
    /// For targets: the arithmetic needed.
    pub form: Form,
    /// The place (温江区, 巴南区 …).
    pub region: String,
    /// What is measured (医药健康产业营收 …).
    pub indicator: String,
    /// The period the figure refers to (for targets: the deadline).
    pub period: Period,
    /// The number in `unit`.
    pub value: f64,
    /// Unit with scale.
    pub unit: Unit,
    /// How the number is bounded in the text.
    pub qualifier: Qualifier,
    /// For targets: the wanted direction.
    pub direction: Direction,
    /// `direction` was written: on an actual of an indicator without a target it asks for a
    /// trend verdict.
    pub direction_given: bool,
    /// For relative, rate and cumulative targets: the period they count from.
    pub base_period: Option<Period>,
    /// When the figure was published or adopted; `None` means always known.
    pub announced: Option<Date>,
    /// The figure exactly as written in the quote (`千亿`, `20%以上`).
    pub as_written: String,
    /// The verbatim sentence carrying the figure.
    pub quote: String,
    /// Curator's note: interpretations, assumptions.
    pub note: String,
    /// Where the fact was read from (`data/facts.csv:12`).
    pub origin: String,
}

/// Words naming a quantity counted over a year from its start (开工, 产值, 投资), not one
/// standing at a level on a day (企业总数, 装机容量).
const FLOWS: &[&str] = &[
    "新增",
    "新开工",
    "开工",
    "复工",
    "竣工",
    "完成",
    "实现",
    "产值",
    "产量",
    "收入",
    "营收",
    "投资",
    "销售",
    "销量",
    "出口",
    "进口",
    "贸易",
    "引进",
    "签约",
    "招商",
    "增加值",
    "生产总值",
    "GDP",
    "消费",
    "零售",
    "税收",
    "利润",
    "接待",
    "交易",
    "成交",
    "到位",
    "发放",
    "供应",
    "建成",
    "改造",
    "培训",
    "就业",
    "游客",
    "旅客",
    "访客",
    "客流",
    "吞吐量",
    "发电量",
    "用电量",
    "筹集",
];

/// Words making a quantity an average (人均GDP: a year's figure of it stated mid-year is the
/// year's as estimated) or a total over years (累计), not a flow of the year so far.
const PER_HEAD: &[&str] = &["人均", "平均", "每", "累计"];

impl Fact {
    /// Whether the fact was public at `as_of` (facts with no date always are).
    pub fn known_at(&self, as_of: Option<Date>) -> bool {
        match (as_of, self.announced) {
            (Some(a), Some(d)) => d <= a,
            _ => true,
        }
    }

    /// The day a year's actual was announced when that was before the year was out
    /// (今年已开工44253套, published on 20 August 2023): a fact cannot speak for time after it
    /// was published, so the figure is the year's only up to that day.
    pub fn to_date(&self) -> Option<Date> {
        match (self.kind, self.period, self.announced) {
            (Kind::Actual, Period::Year(y), Some(d)) if d.year == y && d.t() < f64::from(y) => {
                Some(d)
            }
            _ => None,
        }
    }

    /// The period the figure speaks for: its own, except for a year's actual announced before
    /// the year was out ([`Fact::to_date`]). A quantity that flows over the year (开工, 产值)
    /// is then the year's so far (`2023/2023-08-20`); any other stands at that day
    /// (`2023-08-20`).
    pub fn covered(&self) -> Period {
        self.covered_in(None)
    }

    /// [`Fact::covered`], judged against a goal for one year, `goal_year`: there a flow
    /// standing on a day of that year (已完成736人 as of 31 March, against the year's task of
    /// 4000人) is that year so far too.
    pub fn covered_in(&self, goal_year: Option<i32>) -> Period {
        match (self.to_date(), self.period) {
            (Some(d), _) if self.names_a_flow() => Period::Span {
                from: d.year,
                to: d,
            },
            (Some(d), _) => Period::AsOf(d),
            (None, Period::AsOf(d))
                if self.kind == Kind::Actual
                    && goal_year == Some(d.year)
                    && d.t() < f64::from(d.year)
                    && self.names_a_flow() =>
            {
                Period::Span {
                    from: d.year,
                    to: d,
                }
            }
            (None, p) => p,
        }
    }

    /// Whether the indicator names a quantity counted over a year from its start (开工, 产值,
    /// 投资), not an average (人均GDP) nor a total to date (累计).
    fn names_a_flow(&self) -> bool {
        let has = |ws: &[&str]| ws.iter().any(|w| self.indicator.contains(w));
        has(FLOWS) && !has(PER_HEAD)
    }

    /// Whether the figure is written as a running total (累计解决了2585个, 累計完成): its
    /// quote has 累计 in the clause before it.
    pub fn written_cumulative(&self) -> bool {
        let Some(at) = self.quote.find(&self.as_written) else {
            return false;
        };
        let clause = self.quote[..at]
            .rsplit(['，', '；', '。', ',', ';'])
            .next()
            .unwrap_or("");
        clause.contains("累计") || clause.contains("累計")
    }

    /// Region and indicator: the series a fact belongs to.
    pub fn series_key(&self) -> (&str, &str) {
        (&self.region, &self.indicator)
    }
}

/// A source document: metadata and the verbatim excerpts that carry figures.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Source {
    /// Id, the seed file's stem (`000_3b7a5b83c1a9ae2b`).
    pub id: String,
    /// The seed file name in `shared/seeds`.
    pub file: String,
    /// Headline.
    pub title: String,
    /// Publishing outlet.
    pub outlet: String,
    /// Publication date as written in the record (YYYY-MM-DD).
    pub published: String,
    /// A note on the date when it is inferred rather than printed.
    #[serde(default)]
    pub published_note: String,
    /// URL, where the text gives one.
    #[serde(default)]
    pub url: String,
    /// The region the article is about.
    pub region: String,
    /// Verbatim excerpts carrying the figures.
    pub excerpts: Vec<String>,
}
