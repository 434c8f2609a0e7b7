//! Text bytes as UTF-8: as they are when they are UTF-8, else decoded from GB18030 (which
//! reads GBK and GB2312 too; older government pages and Excel on Chinese Windows write it).

use crate::error::{Error, Result};
use std::borrow::Cow;

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (with or without a byte-order mark).
    Utf8,
    /// GB18030 (GBK, GB2312).
    Gb18030,
}

impl Encoding {
    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// `bytes` as UTF-8 and the encoding they were read in; an error naming the line and byte
/// when they are neither UTF-8 nor GB18030 (UTF-16, binary).
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<(Cow<'a, [u8]>, Encoding)> {
    let utf8 = match std::str::from_utf8(bytes) {
        Ok(_) => return Ok((Cow::Borrowed(bytes), Encoding::Utf8)),
        Err(e) => e,
    };
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !utf16 {
        if let Some(text) =
            encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes)
        {
            return Ok((
                Cow::Owned(text.into_owned().into_bytes()),
                Encoding::Gb18030,
            ));
        }
    }
    let at = utf8.valid_up_to();
    let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
    Err(Error::input(
        file,
        format!(
            "line {line}: bytes are neither UTF-8 nor GB18030 (byte offset {at}){}; save the file as UTF-8",
            if utf16 { ", they look like UTF-16" } else { "" }
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_text_reads_as_its_utf8_twin() {
        let text = "id,kind,region,indicator,period,value,unit\na,actual,温江区,医药健康产业营收,2021,350,亿元\n";
        let (gbk, _, bad) = encoding_rs::GBK.encode(text);
        assert!(!bad);
        assert!(std::str::from_utf8(&gbk).is_err());
        let (decoded, enc) = decode("f.csv", &gbk).unwrap();
        assert_eq!(
            (decoded.as_ref(), enc),
            (text.as_bytes(), Encoding::Gb18030)
        );
        let (same, enc) = decode("f.csv", text.as_bytes()).unwrap();
        assert!(matches!(same, Cow::Borrowed(_)) && enc == Encoding::Utf8);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let e = decode("f.csv", &utf16).unwrap_err().to_string();
        assert!(e.contains("UTF-16") && e.contains("f.csv"), "{e}");
        assert!(decode("f.csv", b"a,\x80\xff\n").is_err());
    }
}
