//! A series of the batch engine: its target row and what the assessment needs of it, of its
//! actuals and of its stated rate, gathered while the rows are read (see [`super::order`]).

use super::rows::Row;
use crate::model::{Direction, Qualifier};

/// One row's numbers: value, year and unit code.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Cell {
    /// Value in the row's unit.
    pub value: f64,
    /// Year.
    pub year: i32,
    /// Unit code.
    pub unit: u16,
}

impl From<&Row> for Cell {
    fn from(row: &Row) -> Self {
        Cell {
            value: row.value,
            year: row.year,
            unit: row.unit,
        }
    }
}

/// A stated growth rate: the value in % and its qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rate {
    /// Rate in %.
    pub value: f64,
    /// Its qualifier (以上 = at least …).
    pub qualifier: Qualifier,
}

/// A series' target row and what the assessment needs of it, of its actuals and of its
/// stated rate: gathered while the rows are read in file order, so the report, which reads
/// series in its own order, touches no row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Series<'a> {
    /// Row of the target (for text read only by some columns).
    pub t: u32,
    /// The target's key as bytes: region ⧺ NUL ⧺ indicator when it holds the whole pair.
    pub key: [u8; 24],
    /// The target's id.
    pub id: &'a str,
    /// The target.
    pub target: Cell,
    /// The target's qualifier: "at most" makes it a decrease.
    pub tq: Qualifier,
    /// The latest actual: the baseline.
    pub a: Option<Cell>,
    /// The earliest actual, when there are several (the observed rate runs from it to the
    /// latest).
    pub first: Option<(f64, i32)>,
    /// The stated growth rate.
    pub g: Option<Rate>,
    /// How many targets the series has: with more than one, each is a row of the report,
    /// and [`super::order::Order::targets`] lists them.
    pub targets: u8,
}

impl Series<'_> {
    /// The wanted direction: an "at most" target is a decrease (the file gives no direction).
    pub fn direction(&self) -> Direction {
        if self.tq == Qualifier::AtMost {
            Direction::Decrease
        } else {
            Direction::Increase
        }
    }
}
