//! Tests of the plain-file reader.

use super::parse;

const HEAD: &str = "id,kind,region,indicator,period,value,unit,qualifier\n";

fn plain(body: &str) -> bool {
    parse(format!("{HEAD}{body}").as_bytes()).is_some()
}

#[test]
fn bytes_equal_marks_exactly_the_equal_bytes() {
    for word in [
        0u64,
        u64::MAX,
        0x2c00_2c80_ac2c_0a2b,
        0x0a0a_0a0a_0a0a_0a0a,
        0x2d2b_2c2c_012c_2c00,
    ] {
        for b in [b',', b'\n', 0, 0x80] {
            let expect = (0..8)
                .filter(|k| (word >> (8 * k)) as u8 == b)
                .fold(0u64, |m, k| m | 0x80 << (8 * k));
            assert_eq!(super::bytes_equal(word, b), expect, "{word:x} {b:x}");
        }
    }
}

#[test]
fn plain_files_are_parsed_and_their_cells_read_back() {
    let csv = format!("\u{feff}{HEAD}t,target,区,指标,2026,9,亿元,\na,actual,区,指标,2021,5,亿元,");
    let p = parse(csv.as_bytes()).expect("a plain file");
    assert_eq!(p.rows.len(), 2);
    assert_eq!((p.id(0), p.key(0)), ("t", ("区", "指标")));
    assert_eq!((p.id(1), p.as_written(1), p.source(1)), ("a", "", ""));
    assert_eq!(p.rows[1].value, 5.0);
    assert_eq!(p.unit_names, ["亿元"]);
}

#[test]
fn many_pieces_read_as_polars_reads_them() {
    // Several pieces (one per 64 KiB), each learning its units in its own order (a piece
    // may start at a rate row, so % comes first), some series in 万元: the rows, their
    // units and their text are what polars' reader and the row checks make of the file.
    let mut csv = String::from(HEAD);
    for i in 0..6000 {
        let unit = if i % 7 == 3 { "万元" } else { "亿元" };
        csv.push_str(&format!(
            "a{i},actual,区{},指标{i},2021,{}.5,{unit},\n",
            i % 13,
            i % 500
        ));
        csv.push_str(&format!(
            "g{i},growth,区{},指标{i},2021,{}.25,%,at_least\n",
            i % 13,
            i % 30
        ));
        csv.push_str(&format!(
            "t{i},target,区{},指标{i},2026,{},{unit},\n",
            i % 13,
            900 + i
        ));
    }
    let mine = parse(csv.as_bytes()).expect("a plain file");
    let body = &csv.as_bytes()[HEAD.len()..];
    let cuts = crate::load::structure::pieces(body);
    assert!(
        cuts.len() > 3 && cuts.iter().any(|&c| body.get(c) == Some(&b'g')),
        "several pieces, one starting at a rate row"
    );
    let (df, _) = crate::load::csv::read_frame("t.csv", csv.as_bytes()).unwrap();
    let theirs = super::eligible::parse(&df).expect("eligible");
    assert_eq!(mine.rows.len(), theirs.rows.len());
    let unit = |p: &super::Parsed, i: usize| p.unit_names[usize::from(p.rows[i].unit)].clone();
    for i in 0..mine.rows.len() {
        let (a, b) = (&mine.rows[i], &theirs.rows[i]);
        assert_eq!(
            (a.key, a.id, a.value, a.year, a.kind),
            (b.key, b.id, b.value, b.year, b.kind),
            "row {i}"
        );
        assert_eq!(unit(&mine, i), unit(&theirs, i), "row {i}");
        assert_eq!(
            (mine.id(i), mine.key(i)),
            (theirs.id(i), theirs.key(i)),
            "row {i}"
        );
    }
}

#[test]
fn anything_else_goes_to_polars_reader() {
    assert!(plain("t,target,r,i,2026,9,亿元,\n"));
    for body in [
        "t,target,r,i,2026,9,亿元\n",       // ragged
        "t,target,r,i,2026,9,亿元,,\n",     // too wide
        "t,target,\"r\",i,2026,9,亿元,\n",  // quoted
        "# c\nt,target,r,i,2026,9,亿元,\n", // comment
        "t,target,r,i,2026,9,亿元,\r\n",    // CRLF
        "t,target,r,i,2026,9,亿元,\n\n",    // blank line
        "t,target,r\0,i,2026,9,亿元,\n",    // NUL in a key
        "",                                 // header only
    ] {
        assert!(!plain(body), "{body:?}");
    }
    let long = format!("t,target,r,{},2026,9,亿元,\n", "i".repeat(70_000));
    assert!(!plain(&long), "a line past 64 KiB");
    for head in [
        "id,kind,region,indicator,period,value,unit,unit\n",
        "id,kind,region,period,value,unit\n",
        "id,kind,region,indicator,period,value,unit,colour\n",
    ] {
        assert!(
            parse(format!("{head}t,target,r,i,2026,9,亿元,\n").as_bytes()).is_none(),
            "{head}"
        );
    }
}

#[test]
fn text_the_loader_refuses_is_left_to_it() {
    let head = "id,kind,region,indicator,period,value,unit\n";
    assert!(parse(format!("{head}a,actual,R,I,2021,1,亿元\n").as_bytes()).is_some());
    for bad in [
        "R\u{0}",
        "R\u{1b}x",
        "R\u{fffe}",
        "R\u{ffff}",
        "\u{feff}R",
        "R\tx",
    ] {
        let csv = format!(
            "{head}a,actual,{bad},I,2021,1,亿元\nbbbbbbbbbbbbbbbb,actual,R,I,2021,1,亿元\n"
        );
        assert!(parse(csv.as_bytes()).is_none(), "{bad:?}");
    }
    // Full-width punctuation (EF BC ..) is ordinary text.
    assert!(parse(format!("{head}a,actual,区（一）,I，二,2021,1,亿元\n").as_bytes()).is_some());
}
