//! The three tools and ten indicators of the ITA (ITA.md §2), as data.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Lang;

/// One of the ten ITA indicators, `i1`…`i10`, in the official order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    I1,
    I2,
    I3,
    I4,
    I5,
    I6,
    I7,
    I8,
    I9,
    I10,
}

/// A survey or check that yields some of the indicators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    /// Internal stakeholders' perception (staff survey).
    Iit,
    /// External stakeholders' perception (service users' survey).
    Eit,
    /// Open data check of the agency's website.
    Oit,
}

struct IndicatorInfo {
    code: &'static str,
    name_th: &'static str,
    name_en: &'static str,
    tool: Tool,
}

#[rustfmt::skip]
const INFO: [IndicatorInfo; 10] = [
    IndicatorInfo { code: "i1", name_th: "การปฏิบัติหน้าที่", name_en: "Performance of duty", tool: Tool::Iit },
    IndicatorInfo { code: "i2", name_th: "การใช้งบประมาณ", name_en: "Use of budget", tool: Tool::Iit },
    IndicatorInfo { code: "i3", name_th: "การใช้อำนาจ", name_en: "Use of authority", tool: Tool::Iit },
    IndicatorInfo { code: "i4", name_th: "การใช้ทรัพย์สินของราชการ", name_en: "Use of government assets", tool: Tool::Iit },
    IndicatorInfo { code: "i5", name_th: "การแก้ไขปัญหาการทุจริต", name_en: "Addressing corruption", tool: Tool::Iit },
    IndicatorInfo { code: "i6", name_th: "คุณภาพการดำเนินงาน", name_en: "Quality of operations", tool: Tool::Eit },
    IndicatorInfo { code: "i7", name_th: "ประสิทธิภาพการสื่อสาร", name_en: "Communication efficiency", tool: Tool::Eit },
    IndicatorInfo { code: "i8", name_th: "การปรับปรุงระบบการทำงาน", name_en: "Improvement of work systems", tool: Tool::Eit },
    IndicatorInfo { code: "i9", name_th: "การเปิดเผยข้อมูล", name_en: "Information disclosure", tool: Tool::Oit },
    IndicatorInfo { code: "i10", name_th: "การป้องกันการทุจริต", name_en: "Corruption prevention", tool: Tool::Oit },
];

impl Indicator {
    /// All ten, in the official order.
    pub const ALL: [Indicator; 10] = [
        Indicator::I1,
        Indicator::I2,
        Indicator::I3,
        Indicator::I4,
        Indicator::I5,
        Indicator::I6,
        Indicator::I7,
        Indicator::I8,
        Indicator::I9,
        Indicator::I10,
    ];

    /// Position in [`Indicator::ALL`], 0 for `i1`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The indicator at a position in [`Indicator::ALL`].
    pub fn from_index(index: usize) -> Option<Indicator> {
        Indicator::ALL.get(index).copied()
    }

    /// The code used in data, JSON and test hooks: `i1`…`i10`.
    pub fn code(self) -> &'static str {
        INFO[self.index()].code
    }

    /// The indicator with this code (`i1`…`i10`).
    pub fn from_code(code: &str) -> Option<Indicator> {
        // Read off the number rather than compared with each code: a roll-up looks up ten
        // codes in each of thousands of files.
        let index = match code.as_bytes() {
            [b'i', digit @ b'1'..=b'9'] => usize::from(digit - b'1'),
            b"i10" => 9,
            _ => return None,
        };
        Indicator::from_index(index)
    }

    /// The official name, in Thai exactly as NACC writes it, or in English.
    pub fn name(self, lang: Lang) -> &'static str {
        let info = &INFO[self.index()];
        lang.pick(info.name_th, info.name_en)
    }

    /// The tool that measures this indicator.
    pub fn tool(self) -> Tool {
        INFO[self.index()].tool
    }

    /// In one or two plain sentences, what the tool asks or checks for this indicator (ITA.md
    /// §5), in the app's own words, so that an officer reading a weak score knows what to
    /// change. Kept with the catalogue's long texts ([`crate::measures::texts`]): `None` until
    /// they are loaded.
    pub fn asks_about(self, lang: Lang) -> Option<&'static str> {
        Some(crate::measures::texts::indicator(self)?.asks.get(lang))
    }

    /// What an agency can do where this indicator is to develop: the "ประเด็นที่ควรพัฒนา"
    /// column of the analysis report, in the app's own words; `None` until the long texts are
    /// loaded, as [`Indicator::asks_about`].
    pub fn to_develop(self, lang: Lang) -> Option<&'static str> {
        Some(crate::measures::texts::indicator(self)?.develop.get(lang))
    }
}

impl fmt::Display for Indicator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Indicators are written as their codes, `"i1"`…`"i10"`, in every file.
impl Serialize for Indicator {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Indicator {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Indicator, D::Error> {
        let code = String::deserialize(deserializer)?;
        Indicator::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!("unknown indicator code “{code}” (expected i1…i10)"))
        })
    }
}

impl Tool {
    /// The three tools, in the official order.
    pub const ALL: [Tool; 3] = [Tool::Iit, Tool::Eit, Tool::Oit];

    /// Position in [`Tool::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// `iit`, `eit` or `oit`: used in data and test hooks.
    pub fn code(self) -> &'static str {
        match self {
            Tool::Iit => "iit",
            Tool::Eit => "eit",
            Tool::Oit => "oit",
        }
    }

    /// `IIT`, `EIT` or `OIT`, as everyone writes them.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Tool::Iit => "IIT",
            Tool::Eit => "EIT",
            Tool::Oit => "OIT",
        }
    }

    /// What the tool is, in words.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Tool::Iit => lang.pick(
                "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
                "Internal stakeholders' perception survey",
            ),
            Tool::Eit => lang.pick(
                "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
                "External stakeholders' perception survey",
            ),
            Tool::Oit => lang.pick(
                "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
                "Open data check of the agency's website",
            ),
        }
    }

    /// The indicators this tool measures, in order.
    pub fn indicators(self) -> impl Iterator<Item = Indicator> {
        Indicator::ALL.into_iter().filter(move |i| i.tool() == self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_follow_the_official_order() {
        for (n, indicator) in Indicator::ALL.into_iter().enumerate() {
            assert_eq!(indicator.code(), format!("i{}", n + 1));
            assert_eq!(Indicator::from_code(indicator.code()), Some(indicator));
            assert_eq!(Indicator::from_index(n), Some(indicator));
        }
        for other in [
            "i0", "i11", "i01", "I1", " i1", "i1 ", "i", "", "1", "i1a", "ii",
        ] {
            assert_eq!(Indicator::from_code(other), None, "{other:?}");
        }
        assert_eq!(Indicator::from_index(10), None);
    }

    #[test]
    fn tools_hold_five_three_and_two_indicators() {
        assert_eq!(Tool::Iit.indicators().count(), 5);
        assert_eq!(
            Tool::Eit.indicators().collect::<Vec<_>>(),
            [Indicator::I6, Indicator::I7, Indicator::I8]
        );
        assert_eq!(
            Tool::Oit.indicators().collect::<Vec<_>>(),
            [Indicator::I9, Indicator::I10]
        );
    }

    #[test]
    fn every_indicator_says_what_it_asks_about_in_both_languages() {
        for indicator in Indicator::ALL {
            let th = indicator
                .asks_about(Lang::Th)
                .expect("the texts compiled in");
            let en = indicator
                .asks_about(Lang::En)
                .expect("the texts compiled in");
            assert!(
                th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)),
                "{indicator}"
            );
            assert!(en.is_ascii() && !en.is_empty(), "{indicator}");
            assert!(
                en.contains(indicator.tool().abbreviation()),
                "{indicator} names its tool"
            );
        }
    }

    #[test]
    fn indicators_serialise_as_their_codes() {
        assert_eq!(
            serde_json::to_string(&Indicator::I10).ok().as_deref(),
            Some("\"i10\"")
        );
        let back: Result<Indicator, _> = serde_json::from_str("\"i3\"");
        assert_eq!(back.ok(), Some(Indicator::I3));
        let unknown: Result<Indicator, _> = serde_json::from_str("\"i11\"");
        assert!(unknown.is_err_and(|e| e.to_string().contains("i11")));
    }

    #[test]
    fn thai_names_are_the_official_ones() {
        assert_eq!(Indicator::I4.name(Lang::Th), "การใช้ทรัพย์สินของราชการ");
        assert_eq!(Indicator::I8.name(Lang::Th), "การปรับปรุงระบบการทำงาน");
        assert_eq!(Indicator::I10.name(Lang::En), "Corruption prevention");
    }
}
