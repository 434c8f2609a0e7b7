//! The command line: clap types live here and nowhere else. Each subcommand is one file with
//! its `Args` and a `run` that validates them into typed options and calls the library.

mod chart;
mod common;
mod extract;
mod facts;
mod report;
mod simulate;
mod sweep;
mod values;

use crate::error::Result;
use clap::{Parser, Subcommand};

/// Will a stated growth target be reached? By how much does it fall short, in which year is it
/// reached at a given pace, and how likely is it?
#[derive(Debug, Parser)]
#[command(name = "reach", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Assess every target: required growth, projection, gap, reach year, verdict.
    Report(report::Args),
    /// Draw a trajectory chart per target and a dashboard (PNG and SVG).
    Chart(chart::Args),
    /// Monte Carlo of yearly growth: the probability of reaching a target, with the closed form.
    Simulate(simulate::Args),
    /// Grid over baseline, growth, target and years: projected value, gap, required growth, verdict per cell.
    Sweep(sweep::Args),
    /// Propose sourced facts from Chinese policy and news text (a fact file `--data` loads).
    Extract(extract::Args),
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    crate::output::clean_up_on_signals();
    match cli.command {
        Command::Report(a) => report::run(a),
        Command::Chart(a) => chart::run(a),
        Command::Simulate(a) => simulate::run(a),
        Command::Sweep(a) => sweep::run(a),
        Command::Extract(a) => extract::run(a),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
