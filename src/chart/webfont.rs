//! The embedded font cut down to the characters a page uses, for an HTML page's `@font-face`:
//! Chinese reads cleanly in any browser without a system font, in a file that stays small.
//!
//! A TrueType subset that keeps glyph ids: the outlines of the glyphs not needed (and of no
//! composite's component) are dropped from `glyf`, `loca` is rewritten in its long form, every
//! other table is copied, and the checksums are made anew.

use base64::Engine;
use std::collections::BTreeSet;

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?))
}

/// A table's checksum: the sum of its big-endian u32 words, zero-padded.
fn checksum(b: &[u8]) -> u32 {
    b.chunks(4).fold(0u32, |sum, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

/// The glyph ids a composite glyph's components name.
fn components(glyph: &[u8]) -> Vec<u16> {
    let mut out = Vec::new();
    if glyph.len() < 10 || i16::from_be_bytes([glyph[0], glyph[1]]) >= 0 {
        return out;
    }
    let mut i = 10;
    while let (Some(flags), Some(id)) = (u16_at(glyph, i), u16_at(glyph, i + 2)) {
        out.push(id);
        i += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
        i += match flags {
            f if f & 0x0008 != 0 => 2,
            f if f & 0x0040 != 0 => 4,
            f if f & 0x0080 != 0 => 8,
            _ => 0,
        };
        if flags & 0x0020 == 0 {
            break;
        }
    }
    out
}

/// `font` with only the outlines `text` needs; `None` if the font is not a TrueType font this
/// reader understands.
pub(crate) fn subset(font: &[u8], text: &str) -> Option<Vec<u8>> {
    let face = ttf_parser::Face::parse(font, 0).ok()?;
    let tables: Vec<([u8; 4], &[u8])> = (0..usize::from(u16_at(font, 4)?))
        .map(|k| {
            let r = 12 + 16 * k;
            let (off, len) = (
                u32_at(font, r + 8)? as usize,
                u32_at(font, r + 12)? as usize,
            );
            Some((
                font.get(r..r + 4)?.try_into().ok()?,
                font.get(off..off + len)?,
            ))
        })
        .collect::<Option<_>>()?;
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, d)| *d);
    let (head, loca, glyf) = (table(b"head")?, table(b"loca")?, table(b"glyf")?);
    let glyphs = usize::from(face.number_of_glyphs());
    let long = i16::from_be_bytes(head.get(50..52)?.try_into().ok()?) == 1;
    let at = |g: usize| -> Option<usize> {
        if long {
            u32_at(loca, 4 * g).map(|v| v as usize)
        } else {
            u16_at(loca, 2 * g).map(|v| 2 * usize::from(v))
        }
    };
    let outline = |g: usize| -> Option<&[u8]> { glyf.get(at(g)?..at(g + 1)?) };
    // The glyphs needed: .notdef, each character's, and their components.
    let mut keep: BTreeSet<u16> = [0u16].into();
    let mut todo: Vec<u16> = text
        .chars()
        .filter_map(|c| face.glyph_index(c).map(|g| g.0))
        .collect();
    while let Some(g) = todo.pop() {
        if usize::from(g) < glyphs && keep.insert(g) || g == 0 {
            todo.extend(components(outline(usize::from(g))?));
        }
    }
    // New glyf and long loca.
    let (mut new_glyf, mut new_loca) = (Vec::new(), Vec::with_capacity(4 * (glyphs + 1)));
    for g in 0..glyphs {
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        if keep.contains(&(g as u16)) {
            new_glyf.extend_from_slice(outline(g)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    let mut new_head = head.to_vec();
    new_head.get_mut(8..12)?.copy_from_slice(&[0; 4]);
    new_head
        .get_mut(50..52)?
        .copy_from_slice(&1i16.to_be_bytes());
    let mut out_tables: Vec<([u8; 4], Vec<u8>)> = tables
        .iter()
        .map(|(tag, data)| {
            let data = match tag {
                b"glyf" => new_glyf.clone(),
                b"loca" => new_loca.clone(),
                b"head" => new_head.clone(),
                _ => data.to_vec(),
            };
            (*tag, data)
        })
        .collect();
    out_tables.sort_by_key(|(tag, _)| *tag);
    // The file: offset table, table records, tables (each 4-byte aligned).
    let n = out_tables.len() as u16;
    let mut out = Vec::new();
    out.extend_from_slice(font.get(0..4)?);
    let entry_selector = 15 - n.leading_zeros() as u16;
    let search_range = (1u16 << entry_selector) * 16;
    for v in [n, search_range, entry_selector, n * 16 - search_range] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * out_tables.len();
    for (tag, data) in &out_tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        offset += data.len().div_ceil(4) * 4;
    }
    let mut head_at = 0;
    for (tag, data) in &out_tables {
        if tag == b"head" {
            head_at = out.len();
        }
        out.extend_from_slice(data);
        while out.len() % 4 != 0 {
            out.push(0);
        }
    }
    let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out.get_mut(head_at + 8..head_at + 12)?
        .copy_from_slice(&adjust.to_be_bytes());
    Some(out)
}

/// A CSS `@font-face` rule naming the embedded font's family, its data cut to `text`'s
/// characters; empty if the font cannot be cut (the page then falls back to system fonts).
pub fn font_face(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    chars.sort_unstable();
    chars.dedup();
    let text: String = chars.into_iter().collect();
    match subset(super::FONT, &text) {
        Some(font) => format!(
            "@font-face{{font-family:'WenQuanYi Micro Hei';src:url(data:font/ttf;base64,{}) format('truetype')}}",
            base64::engine::general_purpose::STANDARD.encode(font)
        ),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subset_keeps_the_glyphs_asked_for_and_is_small() {
        let text = "温江区医药健康产业营收 350亿元 → 2026（缺口 -12.9%）";
        let sub = subset(crate::chart::FONT, text).unwrap();
        // Glyph ids are kept, so hmtx, loca and cmap stay whole (≈ 160 kB of the 1.27 MB).
        assert!(
            sub.len() * 6 < crate::chart::FONT.len(),
            "{} bytes",
            sub.len()
        );
        let face = ttf_parser::Face::parse(&sub, 0).unwrap();
        let full = ttf_parser::Face::parse(crate::chart::FONT, 0).unwrap();
        assert_eq!(face.number_of_glyphs(), full.number_of_glyphs());
        // Every character asked for has its glyph and the same outline; others are empty.
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            let g = face.glyph_index(c).unwrap();
            assert_eq!(
                face.glyph_bounding_box(g),
                full.glyph_bounding_box(g),
                "{c}"
            );
            assert!(face.glyph_bounding_box(g).is_some(), "{c}");
        }
        let other = face.glyph_index('鹰').unwrap();
        assert!(face.glyph_bounding_box(other).is_none());
        // The checksums hold: the whole file sums to 0xB1B0AFBA.
        assert_eq!(checksum(&sub), 0xB1B0_AFBA);
    }
}
