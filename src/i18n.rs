//! Every fixed piece of user-interface text, in Thai and English, as data.
//!
//! Thai comes first and is the default. Text with numbers in it is built by the small
//! functions at the end, so that word order can differ between the two languages.

use crate::domain::Lang;

/// The fixed strings of the interface in one language.
pub struct Texts {
    pub app_subtitle: &'static str,
    pub lang_toggle: &'static str,
    pub lang_toggle_title: &'static str,
    pub privacy_note: &'static str,

    pub org_heading: &'static str,
    pub org_name: &'static str,
    pub org_name_placeholder: &'static str,
    pub org_type: &'static str,
    pub org_type_none: &'static str,
    pub province: &'static str,
    pub province_placeholder: &'static str,

    pub framework_heading: &'static str,
    pub fiscal_year: &'static str,
    pub fiscal_year_hint: &'static str,
    pub framework_in_effect: &'static str,
    pub framework_by_year: &'static str,
    pub framework_custom: &'static str,
    pub unconfirmed: &'static str,
    pub result_rule: &'static str,
    pub weight_column: &'static str,
    pub weights_summary: &'static str,
    pub indicator_column: &'static str,
    pub tool_column: &'static str,
    pub custom_weights_legend: &'static str,
    pub custom_weights_hint: &'static str,
    pub custom_rule_legend: &'static str,

    pub scores_heading: &'static str,
    pub scores_hint: &'static str,

    pub summary_heading: &'static str,
    pub total: &'static str,
    pub result: &'static str,
    pub level_for_reference: &'static str,
    pub tools_heading: &'static str,
    pub not_yet: &'static str,
    pub no_total_without_framework: &'static str,
    pub tool_warning_note: &'static str,

    pub working_summary: &'static str,
    pub working_tools: &'static str,

    pub unreadable_heading: &'static str,
    pub unreadable_body: &'static str,
    pub unreadable_download: &'static str,
    pub unreadable_discard: &'static str,
    pub unreadable_discard_confirm: &'static str,
    pub save_failed_heading: &'static str,
    pub save_failed_body: &'static str,

    pub footer: &'static str,
}

static TH: Texts = Texts {
    app_subtitle: "ประเมินตนเองตามเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
    lang_toggle: "English",
    lang_toggle_title: "Switch to English",
    privacy_note: "ทำงานในเบราว์เซอร์นี้ทั้งหมด ไม่ส่งข้อมูลออกไปที่ใด และบันทึกงานไว้ในเครื่องนี้ให้อัตโนมัติ",

    org_heading: "หน่วยงาน",
    org_name: "ชื่อหน่วยงาน",
    org_name_placeholder: "เช่น เทศบาลตำบลบ้านใหม่",
    org_type: "ประเภทหน่วยงาน",
    org_type_none: "— เลือกประเภท —",
    province: "จังหวัด",
    province_placeholder: "พิมพ์ชื่อจังหวัด เช่น เชียงใหม่",

    framework_heading: "ปีงบประมาณและกรอบการประเมิน",
    fiscal_year: "ปีงบประมาณ (พ.ศ.)",
    fiscal_year_hint: "ปีงบประมาณเป็นตัวกำหนดกรอบการประเมิน น้ำหนักตัวชี้วัด และวิธีตัดสินผล",
    framework_in_effect: "กรอบการประเมินที่ใช้",
    framework_by_year: "ใช้กรอบตามปีงบประมาณ",
    framework_custom: "กำหนดน้ำหนักเอง (custom)",
    unconfirmed: "ยังไม่ยืนยัน",
    result_rule: "การตัดสินผล",
    weight_column: "น้ำหนัก (%)",
    weights_summary: "น้ำหนักตัวชี้วัด (ร้อยละ)",
    indicator_column: "ตัวชี้วัด",
    tool_column: "เครื่องมือ",
    custom_weights_legend: "น้ำหนักที่กำหนดเอง (จำนวนเต็ม รวมกันต้องได้ 100)",
    custom_weights_hint: "ใช้เมื่อหน่วยงานทราบน้ำหนักที่ต่างจากกรอบของปีนั้น น้ำหนักที่ยังไม่ถูกต้องจะไม่ถูกนำไปคำนวณ",
    custom_rule_legend: "วิธีตัดสินผล",

    scores_heading: "คะแนนตัวชี้วัด",
    scores_hint: "กรอกคะแนน 0 ถึง 100 ทศนิยมไม่เกิน 2 ตำแหน่ง ใช้จุดหรือจุลภาคก็ได้ (83.65 หรือ 83,65) และพิมพ์เลขไทยได้ ช่องที่เว้นว่างหมายถึงยังไม่ได้กรอก",

    summary_heading: "ผลการประเมิน",
    total: "คะแนนรวม",
    result: "ผลการประเมิน",
    level_for_reference: "ระดับ (ไว้อ้างอิง)",
    tools_heading: "คะแนนถ่วงน้ำหนักรายเครื่องมือ",
    not_yet: "—",
    no_total_without_framework: "ยังคำนวณไม่ได้ เพราะน้ำหนักที่กำหนดเองยังไม่ถูกต้อง ดูข้อความที่ส่วนกรอบการประเมิน",
    tool_warning_note: "ในปี 2568 สำนักงาน ป.ป.ช. ให้ผลเพียง “ผ่าน” (ไม่ใช่ “ผ่านดี”) แก่หน่วยงานที่มีเครื่องมือใดต่ำกว่า 85 แม้คะแนนรวมจะสูง (หลักเกณฑ์ที่แน่ชัดยังไม่ยืนยัน)",

    working_summary: "แสดงวิธีคำนวณ",
    working_tools: "รายเครื่องมือ",

    unreadable_heading: "ข้อมูลที่บันทึกไว้ในเครื่องนี้อ่านไม่ได้",
    unreadable_body: "แอปจึงเริ่มต้นด้วยแบบฟอร์มว่าง ข้อมูลเดิมยังเก็บไว้ให้ ไม่ได้ถูกลบ กรุณาดาวน์โหลดเก็บไว้ก่อน (ส่งให้ผู้ดูแลช่วยกู้ได้) แล้วจึงเลือกทิ้ง",
    unreadable_download: "ดาวน์โหลดข้อมูลเดิม",
    unreadable_discard: "ทิ้งข้อมูลเดิม",
    unreadable_discard_confirm: "ทิ้งข้อมูลเดิมที่อ่านไม่ได้นี้อย่างถาวรหรือไม่? ควรดาวน์โหลดเก็บไว้ก่อน",
    save_failed_heading: "บันทึกงานลงเครื่องนี้ไม่ได้",
    save_failed_body: "งานที่กรอกยังอยู่บนหน้านี้ แต่จะหายเมื่อปิดแท็บ",

    footer: "ITA Self-Check · ใช้ประเมินตนเองก่อนและหลังการประเมินจริง ผลอย่างเป็นทางการคือผลจากระบบ ITAS ของสำนักงาน ป.ป.ช.",
};

static EN: Texts = Texts {
    app_subtitle: "Self-assessment for the Integrity and Transparency Assessment of Thai public agencies (ITA)",
    lang_toggle: "ภาษาไทย",
    lang_toggle_title: "เปลี่ยนเป็นภาษาไทย",
    privacy_note: "Runs entirely in this browser, sends nothing anywhere, and saves your work on this device automatically",

    org_heading: "Organisation",
    org_name: "Name of the organisation",
    org_name_placeholder: "e.g. Ban Mai Subdistrict Municipality",
    org_type: "Type of organisation",
    org_type_none: "— choose a type —",
    province: "Province",
    province_placeholder: "Type a province, e.g. Chiang Mai",

    framework_heading: "Fiscal year and framework",
    fiscal_year: "Fiscal year (B.E.)",
    fiscal_year_hint: "The fiscal year decides the framework: the indicator weights and how the result is decided",
    framework_in_effect: "Framework in effect",
    framework_by_year: "Use the framework of the fiscal year",
    framework_custom: "Set my own weights (custom)",
    unconfirmed: "unconfirmed",
    result_rule: "Result",
    weight_column: "Weight (%)",
    weights_summary: "Indicator weights (percent)",
    indicator_column: "Indicator",
    tool_column: "Tool",
    custom_weights_legend: "Custom weights (whole numbers that sum to 100)",
    custom_weights_hint: "Use these when your agency knows weights other than the year's framework. Weights that are not valid are not used",
    custom_rule_legend: "How the result is decided",

    scores_heading: "Indicator scores",
    scores_hint: "Enter scores from 0 to 100 with at most two decimals, with a point or a comma (83.65 or 83,65); Thai digits work too. An empty field means not entered yet",

    summary_heading: "Result",
    total: "Total score",
    result: "Result",
    level_for_reference: "Level (for reference)",
    tools_heading: "Weighted score by tool",
    not_yet: "—",
    no_total_without_framework: "Cannot be worked out yet: the custom weights are not valid (see the framework section)",
    tool_warning_note: "In 2568 NACC rated agencies with any tool below 85 only “Pass” (not “Pass, good”), however high their total (the exact rule is unconfirmed)",

    working_summary: "Show the working",
    working_tools: "By tool",

    unreadable_heading: "The work saved on this device could not be read",
    unreadable_body: "The app has started with an empty form. The old data is still kept, not deleted: download it first (someone can help recover it), then discard it",
    unreadable_download: "Download the old data",
    unreadable_discard: "Discard the old data",
    unreadable_discard_confirm: "Discard this unreadable data for good? Download it first if you may need it",
    save_failed_heading: "Your work cannot be saved on this device",
    save_failed_body: "What you entered is still on this page, but it will be lost when the tab is closed",

    footer: "ITA Self-Check · for self-assessment before and after the official run; the official result is the one NACC's ITAS system reports",
};

/// The interface text in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&TH, &EN)
}

/// "Weight 6%".
pub fn weight_badge(lang: Lang, weight: u8) -> String {
    lang.pick(format!("น้ำหนัก {weight}%"), format!("weight {weight}%"))
}

/// What an entered indicator adds to the total and what it loses against 100.
pub fn contribution(lang: Lang, gained: &str, maximum: u8, lost: &str) -> String {
    lang.pick(
        format!("ได้ {gained} จาก {maximum} คะแนน · เสีย {lost}"),
        format!("adds {gained} of {maximum} points · loses {lost}"),
    )
}

/// "7 of 10 entered".
pub fn entered(lang: Lang, entered: usize, count: usize) -> String {
    lang.pick(
        format!("กรอกแล้ว {entered} จาก {count}"),
        format!("{entered} of {count} entered"),
    )
}

/// "IIT: 87.77 of 100 on average": a tool that drags a passing total down.
pub fn tool_below_pass_mark(lang: Lang, tool: &str, average: &str) -> String {
    lang.pick(
        format!("คะแนนรวมผ่านเกณฑ์ 85 แต่ {tool} เฉลี่ยเพียง {average} ต่ำกว่า 85"),
        format!("The total passes 85, but {tool} averages only {average}, below 85"),
    )
}

/// The framework's name: "ITA framework for 2566–2569".
pub fn framework_years(lang: Lang, first: u16, last: u16) -> String {
    lang.pick(
        format!("กรอบการประเมินปีงบประมาณ {first}–{last}"),
        format!("framework for fiscal years {first}–{last}"),
    )
}

/// Shown when no framework covers the chosen fiscal year.
pub fn no_framework_for_year(lang: Lang, year: u16) -> String {
    lang.pick(
        format!("ยังไม่มีกรอบการประเมินของปีงบประมาณ {year} ในแอปนี้ กรุณาเลือก “กำหนดน้ำหนักเอง”"),
        format!(
            "This app has no framework for fiscal year {year} yet: choose “Set my own weights”"
        ),
    )
}

/// What custom weights add up to.
pub fn weights_sum(lang: Lang, sum: u32) -> String {
    lang.pick(format!("รวม {sum} จาก 100"), format!("sum {sum} of 100"))
}

/// Shown under the province field when the text matches no province.
pub fn unknown_province(lang: Lang, typed: &str) -> String {
    lang.pick(
        format!("ไม่พบ “{typed}” ในรายชื่อ 77 จังหวัด ตรวจการสะกด หรือเลือกจากรายการ"),
        format!(
            "“{typed}” is not one of the 77 provinces: check the spelling or pick from the list"
        ),
    )
}

/// Why saving failed, with the browser's own words.
pub fn save_failed_reason(lang: Lang, reason: &str) -> String {
    lang.pick(format!("สาเหตุ: {reason}"), format!("Reason: {reason}"))
}
