//! The three tools and ten indicators of the ITA (ITA.md §2), as data.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::t;
use crate::text::Text;
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

/// What each indicator's questions or checks are about (ITA.md §5), in the app's own words,
/// so that an officer reading a weak score knows what to change.
#[rustfmt::skip]
const ASKS_ABOUT: [Text; 10] = [
    t!("แบบวัด IIT ถามบุคลากรว่าเห็นเพื่อนร่วมงานปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนด ให้บริการทุกคนอย่างเท่าเทียม และไม่รับเงิน ของขวัญ หรือประโยชน์อื่นใดจากผู้มาติดต่อหรือไม่",
       "The IIT asks staff whether colleagues follow the set steps and time limits, treat everyone equally, and refuse money, gifts or other benefits from the people they deal with."),
    t!("แบบวัด IIT ถามบุคลากรว่ารู้จักแผนการใช้งบประมาณประจำปีหรือไม่ และเห็นว่างบประมาณถูกใช้อย่างเปิดเผย คุ้มค่า ตรงวัตถุประสงค์ และไม่เอื้อประโยชน์แก่ผู้ใดหรือไม่",
       "The IIT asks staff whether they know the annual spending plan and see the budget spent openly, for value and for its stated purpose, without favouring anyone."),
    t!("แบบวัด IIT ถามบุคลากรว่าการมอบหมายงาน การประเมินผล การเลื่อนตำแหน่ง และการคัดเลือกผู้เข้ารับการอบรมเป็นธรรมหรือไม่ และเคยถูกสั่งให้ทำสิ่งที่ไม่ถูกต้องหรือไม่",
       "The IIT asks staff whether work, evaluations, promotions and training places are handed out fairly, and whether they have ever been told to do something wrong."),
    t!("แบบวัด IIT ถามบุคลากรว่าการยืมใช้ทรัพย์สินของราชการเป็นไปตามขั้นตอนและได้รับอนุญาตถูกต้องหรือไม่ และมีการนำทรัพย์สินไปใช้ประโยชน์ส่วนตัวหรือไม่",
       "The IIT asks staff whether government assets are borrowed only through the proper procedure with permission, and whether anyone uses them privately."),
    t!("แบบวัด IIT ถามบุคลากรว่าผู้บริหารให้ความสำคัญกับการต่อต้านการทุจริตหรือไม่ มีการทบทวนและแก้ไขปัญหาหรือไม่ และผู้ร้องเรียนได้รับการคุ้มครองไม่ถูกกลั่นแกล้งหรือไม่",
       "The IIT asks staff whether leaders are committed to fighting corruption, whether problems are reviewed and fixed, and whether complaints are handled without retaliation."),
    t!("แบบวัด EIT ถามผู้รับบริการว่าได้รับบริการตามขั้นตอนและระยะเวลาที่กำหนด อย่างเท่าเทียม และไม่ถูกเรียกรับเงินหรือสิ่งของเพื่อแลกกับการให้บริการหรือไม่",
       "The EIT asks service users whether they were served by the rules and on time, equally, and without being asked for money or gifts in return."),
    t!("แบบวัด EIT ถามผู้รับบริการว่าหาข้อมูลของหน่วยงานได้ง่ายผ่านหลายช่องทางหรือไม่ และมีช่องทางให้ร้องเรียน แสดงความคิดเห็น หรือให้ข้อเสนอแนะหรือไม่",
       "The EIT asks service users whether the agency's information is easy to find through several channels, and whether there is a way to complain or give feedback."),
    t!("แบบวัด EIT ถามผู้รับบริการว่าหน่วยงานปรับปรุงการให้บริการและขั้นตอนการทำงานให้ดีขึ้น ใช้เทคโนโลยีช่วยให้สะดวกขึ้น และเปิดให้ประชาชนมีส่วนร่วมหรือไม่",
       "The EIT asks service users whether the agency improves its services and processes, uses technology to make things easier, and invites people to take part."),
    t!("แบบ OIT ตรวจว่าเว็บไซต์เผยแพร่ข้อมูลที่เป็นปัจจุบันครบทุกรายการ ได้แก่ ข้อมูลพื้นฐาน การบริหารงานและการให้บริการ แผนและผลการใช้งบประมาณและการจัดซื้อจัดจ้าง การบริหารทรัพยากรบุคคล และการจัดการเรื่องร้องเรียนและการมีส่วนร่วม",
       "The OIT checks that the website publishes current data on basic information, administration and services, budget and procurement plans and results, human resources, and complaint handling and participation."),
    t!("แบบ OIT ตรวจว่าเว็บไซต์แสดงงานด้านคุณธรรมและการต่อต้านการทุจริต ได้แก่ เจตจำนงสุจริตของผู้บริหาร นโยบาย No Gift การประเมินและจัดการความเสี่ยงการทุจริต แผนป้องกันการทุจริตพร้อมรายงานรอบ 6 และ 12 เดือน และมาตรการส่งเสริมคุณธรรมภายในพร้อมรายงานผล",
       "The OIT checks that the website shows integrity work: the executive's integrity pledge, the No Gift Policy, the corruption risk assessment and its management, an anti-corruption plan with 6- and 12-month reports, and the internal integrity measures with their report."),
];

/// What an agency can do where an indicator is to develop: the "ประเด็นที่ควรพัฒนา" column of
/// the analysis report, in the app's own words.
#[rustfmt::skip]
const TO_DEVELOP: [Text; 10] = [
    t!("กำหนดขั้นตอนและระยะเวลาการปฏิบัติงานให้ชัดเจนและเผยแพร่ให้ทราบทั่วกัน ให้บริการทุกคนอย่างเท่าเทียม และย้ำนโยบายไม่รับของขวัญหรือประโยชน์ใด ๆ จากผู้มาติดต่อ",
       "Write down and publish the steps and time limits of each task, serve everyone equally, and restate the policy of accepting no gifts or benefits from the people served."),
    t!("ชี้แจงแผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรทราบ เปิดให้บุคลากรมีส่วนร่วมติดตามการใช้งบประมาณ และรายงานผลการใช้จ่ายอย่างสม่ำเสมอ",
       "Explain the annual spending plan to staff, let staff take part in following how the budget is spent, and report spending regularly."),
    t!("ประกาศหลักเกณฑ์การมอบหมายงาน การประเมินผล การเลื่อนตำแหน่ง และการคัดเลือกผู้เข้าอบรมให้ชัดเจนและเป็นธรรม และเปิดช่องทางให้บุคลากรแจ้งเมื่อถูกสั่งการโดยมิชอบ",
       "Publish fair, clear criteria for assigning work, evaluations, promotion and training places, and give staff a channel to report orders to do wrong."),
    t!("จัดทำคู่มือและขั้นตอนการยืม-คืนทรัพย์สินของราชการ สื่อสารให้บุคลากรทุกคนทราบ และตรวจสอบการใช้ทรัพย์สินเป็นระยะ",
       "Write a manual and a borrow-and-return procedure for government assets, make every member of staff aware of it, and check the use of assets periodically."),
    t!("ผู้บริหารแสดงเจตจำนงต่อต้านการทุจริตอย่างชัดเจน ทบทวนและติดตามการแก้ไขปัญหาอย่างต่อเนื่อง และคุ้มครองผู้ร้องเรียนไม่ให้ถูกกลั่นแกล้ง",
       "Have the executives state their commitment against corruption, review and follow up problems continuously, and protect complainants from retaliation."),
    t!("ให้บริการตามขั้นตอนและระยะเวลาที่ประกาศไว้อย่างเท่าเทียมและโปร่งใส และสำรวจความพึงพอใจของผู้รับบริการเพื่อนำมาปรับปรุง",
       "Serve by the published steps and time limits, equally and openly, and survey service users' satisfaction to improve."),
    t!("เพิ่มช่องทางเผยแพร่ข้อมูลที่ประชาชนเข้าถึงได้ง่าย และจัดช่องทางรับฟังความคิดเห็นและข้อร้องเรียนที่ตอบกลับได้จริง",
       "Add channels through which people find information easily, and provide channels for opinions and complaints that are answered."),
    t!("ปรับปรุงขั้นตอนและวิธีการให้บริการ นำเทคโนโลยีมาช่วยลดขั้นตอน และเปิดให้ผู้รับบริการมีส่วนร่วมในการปรับปรุงการทำงาน",
       "Improve service steps and methods, use technology to cut steps, and let service users take part in improving the work."),
    t!("ตรวจรายการข้อมูลที่ต้องเผยแพร่ตามแบบ OIT ให้ครบถ้วนและเป็นปัจจุบัน โดยกำหนดผู้รับผิดชอบและรอบการปรับปรุงข้อมูลแต่ละรายการ",
       "Check every item the OIT asks to be published, complete and current, with an owner and an update rhythm for each item."),
    t!("จัดทำและเผยแพร่เจตจำนงสุจริต การประเมินความเสี่ยงการทุจริต แผนป้องกันการทุจริต และมาตรการส่งเสริมคุณธรรม พร้อมรายงานผลให้ครบทุกรอบ",
       "Prepare and publish the integrity declaration, the corruption risk assessment, the anti-corruption plan and the integrity measures, with every round's report."),
];

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

    /// In one or two plain sentences, what the tool asks or checks for this indicator.
    pub fn asks_about(self, lang: Lang) -> &'static str {
        ASKS_ABOUT[self.index()].get(lang)
    }

    /// What an agency can do where this indicator is to develop.
    pub fn to_develop(self, lang: Lang) -> &'static str {
        TO_DEVELOP[self.index()].get(lang)
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
            let th = indicator.asks_about(Lang::Th);
            let en = indicator.asks_about(Lang::En);
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
