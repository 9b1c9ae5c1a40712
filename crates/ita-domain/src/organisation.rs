//! Who is being assessed: the kinds of Thai public bodies and the 77 provinces.

use crate::Lang;

/// A kind of public body, as the ITA groups them; ordered as the form lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OrgType {
    /// เทศบาลนคร
    CityMunicipality,
    /// เทศบาลเมือง
    TownMunicipality,
    /// เทศบาลตำบล
    SubdistrictMunicipality,
    /// องค์การบริหารส่วนจังหวัด
    ProvincialAdministration,
    /// องค์การบริหารส่วนตำบล
    SubdistrictAdministration,
    /// กรุงเทพมหานคร / เมืองพัทยา
    SpecialLocalAdministration,
    /// ส่วนราชการ
    GovernmentAgency,
    /// รัฐวิสาหกิจ
    StateEnterprise,
    /// องค์การมหาชน
    PublicOrganisation,
    /// สถาบันอุดมศึกษา
    HigherEducation,
    /// อื่น ๆ
    Other,
}

impl OrgType {
    /// Every kind, in the order the picker shows them.
    pub const ALL: [OrgType; 11] = [
        OrgType::CityMunicipality,
        OrgType::TownMunicipality,
        OrgType::SubdistrictMunicipality,
        OrgType::ProvincialAdministration,
        OrgType::SubdistrictAdministration,
        OrgType::SpecialLocalAdministration,
        OrgType::GovernmentAgency,
        OrgType::StateEnterprise,
        OrgType::PublicOrganisation,
        OrgType::HigherEducation,
        OrgType::Other,
    ];

    /// The stable code written into data (the serde name).
    pub fn code(self) -> &'static str {
        match self {
            OrgType::CityMunicipality => "city-municipality",
            OrgType::TownMunicipality => "town-municipality",
            OrgType::SubdistrictMunicipality => "subdistrict-municipality",
            OrgType::ProvincialAdministration => "provincial-administration",
            OrgType::SubdistrictAdministration => "subdistrict-administration",
            OrgType::SpecialLocalAdministration => "special-local-administration",
            OrgType::GovernmentAgency => "government-agency",
            OrgType::StateEnterprise => "state-enterprise",
            OrgType::PublicOrganisation => "public-organisation",
            OrgType::HigherEducation => "higher-education",
            OrgType::Other => "other",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<OrgType> {
        OrgType::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The name officers use.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            OrgType::CityMunicipality => lang.pick("เทศบาลนคร", "City municipality"),
            OrgType::TownMunicipality => lang.pick("เทศบาลเมือง", "Town municipality"),
            OrgType::SubdistrictMunicipality => lang.pick("เทศบาลตำบล", "Subdistrict municipality"),
            OrgType::ProvincialAdministration => lang.pick(
                "อบจ. (องค์การบริหารส่วนจังหวัด)",
                "Provincial Administrative Organisation",
            ),
            OrgType::SubdistrictAdministration => lang.pick(
                "อบต. (องค์การบริหารส่วนตำบล)",
                "Subdistrict Administrative Organisation",
            ),
            OrgType::SpecialLocalAdministration => {
                lang.pick("กรุงเทพมหานคร / เมืองพัทยา", "Bangkok / Pattaya City")
            }
            OrgType::GovernmentAgency => lang.pick("ส่วนราชการ", "Government agency"),
            OrgType::StateEnterprise => lang.pick("รัฐวิสาหกิจ", "State enterprise"),
            OrgType::PublicOrganisation => lang.pick("องค์การมหาชน", "Public organisation"),
            OrgType::HigherEducation => lang.pick("สถาบันอุดมศึกษา", "Higher education institution"),
            OrgType::Other => lang.pick("อื่น ๆ", "Other"),
        }
    }
}

/// One of Thailand's 77 provinces (76 and Bangkok).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Province {
    /// The Thai name, as officers write it.
    pub th: &'static str,
    /// The romanised name, as the Royal Society spells it.
    pub en: &'static str,
}

impl Province {
    /// The name in the user's language.
    pub fn name(self, lang: Lang) -> &'static str {
        lang.pick(self.th, self.en)
    }

    /// The province a user typed, by its Thai or English name (case and spacing ignored,
    /// with or without the จังหวัด / จ. prefix).
    pub fn find(text: &str) -> Option<Province> {
        let typed = text.trim();
        let typed = typed
            .strip_prefix("จังหวัด")
            .or_else(|| typed.strip_prefix("จ."))
            .unwrap_or(typed)
            .trim();
        if typed.is_empty() {
            return None;
        }
        PROVINCES
            .iter()
            .copied()
            .find(|p| p.th == typed || name_key(p.en).eq(name_key(typed)))
    }
}

/// An English name as compared: ASCII case, spaces and hyphens ignored. Read in place, without
/// a copy: the organisation form asks at every render.
fn name_key(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes()
        .filter(|b| !matches!(b, b' ' | b'-'))
        .map(|b| b.to_ascii_lowercase())
}

macro_rules! provinces {
    ($(($th:literal, $en:literal)),* $(,)?) => {
        /// The 77 provinces in Thai alphabetical order.
        pub static PROVINCES: &[Province] = &[$(Province { th: $th, en: $en }),*];
    };
}

provinces![
    ("กรุงเทพมหานคร", "Bangkok"),
    ("กระบี่", "Krabi"),
    ("กาญจนบุรี", "Kanchanaburi"),
    ("กาฬสินธุ์", "Kalasin"),
    ("กำแพงเพชร", "Kamphaeng Phet"),
    ("ขอนแก่น", "Khon Kaen"),
    ("จันทบุรี", "Chanthaburi"),
    ("ฉะเชิงเทรา", "Chachoengsao"),
    ("ชลบุรี", "Chon Buri"),
    ("ชัยนาท", "Chai Nat"),
    ("ชัยภูมิ", "Chaiyaphum"),
    ("ชุมพร", "Chumphon"),
    ("เชียงราย", "Chiang Rai"),
    ("เชียงใหม่", "Chiang Mai"),
    ("ตรัง", "Trang"),
    ("ตราด", "Trat"),
    ("ตาก", "Tak"),
    ("นครนายก", "Nakhon Nayok"),
    ("นครปฐม", "Nakhon Pathom"),
    ("นครพนม", "Nakhon Phanom"),
    ("นครราชสีมา", "Nakhon Ratchasima"),
    ("นครศรีธรรมราช", "Nakhon Si Thammarat"),
    ("นครสวรรค์", "Nakhon Sawan"),
    ("นนทบุรี", "Nonthaburi"),
    ("นราธิวาส", "Narathiwat"),
    ("น่าน", "Nan"),
    ("บึงกาฬ", "Bueng Kan"),
    ("บุรีรัมย์", "Buri Ram"),
    ("ปทุมธานี", "Pathum Thani"),
    ("ประจวบคีรีขันธ์", "Prachuap Khiri Khan"),
    ("ปราจีนบุรี", "Prachin Buri"),
    ("ปัตตานี", "Pattani"),
    ("พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
    ("พะเยา", "Phayao"),
    ("พังงา", "Phangnga"),
    ("พัทลุง", "Phatthalung"),
    ("พิจิตร", "Phichit"),
    ("พิษณุโลก", "Phitsanulok"),
    ("เพชรบุรี", "Phetchaburi"),
    ("เพชรบูรณ์", "Phetchabun"),
    ("แพร่", "Phrae"),
    ("ภูเก็ต", "Phuket"),
    ("มหาสารคาม", "Maha Sarakham"),
    ("มุกดาหาร", "Mukdahan"),
    ("แม่ฮ่องสอน", "Mae Hong Son"),
    ("ยโสธร", "Yasothon"),
    ("ยะลา", "Yala"),
    ("ร้อยเอ็ด", "Roi Et"),
    ("ระนอง", "Ranong"),
    ("ระยอง", "Rayong"),
    ("ราชบุรี", "Ratchaburi"),
    ("ลพบุรี", "Lop Buri"),
    ("ลำปาง", "Lampang"),
    ("ลำพูน", "Lamphun"),
    ("เลย", "Loei"),
    ("ศรีสะเกษ", "Si Sa Ket"),
    ("สกลนคร", "Sakon Nakhon"),
    ("สงขลา", "Songkhla"),
    ("สตูล", "Satun"),
    ("สมุทรปราการ", "Samut Prakan"),
    ("สมุทรสงคราม", "Samut Songkhram"),
    ("สมุทรสาคร", "Samut Sakhon"),
    ("สระแก้ว", "Sa Kaeo"),
    ("สระบุรี", "Saraburi"),
    ("สิงห์บุรี", "Sing Buri"),
    ("สุโขทัย", "Sukhothai"),
    ("สุพรรณบุรี", "Suphan Buri"),
    ("สุราษฎร์ธานี", "Surat Thani"),
    ("สุรินทร์", "Surin"),
    ("หนองคาย", "Nong Khai"),
    ("หนองบัวลำภู", "Nong Bua Lam Phu"),
    ("อ่างทอง", "Ang Thong"),
    ("อำนาจเจริญ", "Amnat Charoen"),
    ("อุดรธานี", "Udon Thani"),
    ("อุตรดิตถ์", "Uttaradit"),
    ("อุทัยธานี", "Uthai Thani"),
    ("อุบลราชธานี", "Ubon Ratchathani"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn there_are_77_distinct_provinces() {
        assert_eq!(PROVINCES.len(), 77);
        assert_eq!(
            PROVINCES.iter().map(|p| p.th).collect::<HashSet<_>>().len(),
            77
        );
        assert_eq!(
            PROVINCES.iter().map(|p| p.en).collect::<HashSet<_>>().len(),
            77
        );
    }

    #[test]
    fn provinces_are_found_by_either_name() {
        assert_eq!(Province::find("เชียงใหม่").map(|p| p.en), Some("Chiang Mai"));
        assert_eq!(
            Province::find("จังหวัดเชียงใหม่").map(|p| p.en),
            Some("Chiang Mai")
        );
        assert_eq!(
            Province::find(" chiang  mai ").map(|p| p.th),
            Some("เชียงใหม่")
        );
        assert_eq!(Province::find("Chon Buri").map(|p| p.th), Some("ชลบุรี"));
        assert_eq!(Province::find("Chonburi").map(|p| p.th), Some("ชลบุรี"));
        assert_eq!(Province::find("Atlantis"), None);
    }

    #[test]
    fn there_are_eleven_kinds_with_stable_codes() {
        assert_eq!(OrgType::ALL.len(), 11);
        // Sorting by kind follows the form's order.
        assert!(OrgType::ALL.is_sorted());
        for kind in OrgType::ALL {
            assert_eq!(OrgType::from_code(kind.code()), Some(kind));
        }
        assert_eq!(
            OrgType::SubdistrictMunicipality.label(Lang::Th),
            "เทศบาลตำบล"
        );
    }
}
