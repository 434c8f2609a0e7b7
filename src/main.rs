use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = reach::cli::Cli::parse();
    match reach::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            reach::output::say(&format!("error: {}", e.chain()));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
