//! The paragraphs the app drafts for the documents: forewords, rationales, preambles, the
//! declaration's clauses, closings and report openings. Each is written in plain official
//! Thai (and English) with the organisation, years and figures filled in; the user can
//! rewrite any of them, and "back to the default" brings the app's text back.

use crate::{result_phrase, DocContext, DocKind};
use ita_domain::Lang;

/// One drafted text of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Stable id (`analysis.foreword`): the key it is saved under.
    pub id: &'static str,
    /// What it is, as the editor labels it.
    pub label: &'static str,
    /// The app's text.
    pub default: String,
    /// What the document shows: the user's text where rewritten, the app's otherwise.
    pub current: String,
}

impl Draft {
    /// Whether the user's text differs from the app's.
    pub fn edited(&self) -> bool {
        self.current != self.default
    }
}

/// The six areas of the executive's declaration, in order: id, label, Thai and English text.
const DECLARATION_CLAUSES: [(&str, &str, &str, &str, &str); 6] = [
    (
        "declaration.transparency",
        "ข้อ 1 ด้านความโปร่งใส",
        "1. Transparency",
        "ด้านความโปร่งใส จะเปิดเผยข้อมูลการดำเนินงาน แผนงาน งบประมาณ การจัดซื้อจัดจ้าง และผลการปฏิบัติงานต่อสาธารณะอย่างครบถ้วนและเป็นปัจจุบัน ผ่านช่องทางที่ประชาชนเข้าถึงได้ง่าย และเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมและตรวจสอบการดำเนินงาน",
        "Transparency: we will publish our operations, plans, budget, procurement and results completely and currently, through channels people reach easily, and let stakeholders take part in and check our work.",
    ),
    (
        "declaration.accountability",
        "ข้อ 2 ด้านความพร้อมรับผิด",
        "2. Accountability",
        "ด้านความพร้อมรับผิด ผู้บริหารและบุคลากรทุกคนจะปฏิบัติหน้าที่อย่างเต็มความสามารถ มุ่งผลสัมฤทธิ์ของงาน และพร้อมรับผิดชอบต่อผลการปฏิบัติงานและการตัดสินใจของตน",
        "Accountability: the executives and every member of staff will do their duties to the best of their ability, aim at results, and answer for their work and their decisions.",
    ),
    (
        "declaration.corruption_free",
        "ข้อ 3 ด้านความปลอดจากการทุจริตในการปฏิบัติงาน",
        "3. Work free of corruption",
        "ด้านความปลอดจากการทุจริตในการปฏิบัติงาน จะไม่เรียก รับ หรือยอมจะรับเงิน ทรัพย์สิน หรือประโยชน์อื่นใด จะไม่ใช้ตำแหน่งหน้าที่เพื่อประโยชน์ของตนเองหรือผู้อื่นโดยมิชอบ และจะไม่ยอมให้มีการทุจริตประพฤติมิชอบในหน่วยงานไม่ว่ารูปแบบใด",
        "Work free of corruption: we will not ask for, take or agree to take money, property or any other benefit, will not use our positions wrongly for our own or others' gain, and will tolerate no corruption of any kind in the agency.",
    ),
    (
        "declaration.culture",
        "ข้อ 4 ด้านวัฒนธรรมคุณธรรมในองค์กร",
        "4. A culture of integrity",
        "ด้านวัฒนธรรมคุณธรรมในองค์กร จะส่งเสริมให้บุคลากรมีวัฒนธรรมไม่ทนต่อการทุจริต ยึดถือประมวลจริยธรรม แยกแยะประโยชน์ส่วนตนออกจากประโยชน์ส่วนรวม และร่วมกันป้องกันการทุจริตภายในหน่วยงาน",
        "A culture of integrity: we will foster a culture that does not tolerate corruption, keep to the code of ethics, keep private interests apart from the public interest, and prevent corruption together.",
    ),
    (
        "declaration.work",
        "ข้อ 5 ด้านคุณธรรมการทำงานในหน่วยงาน",
        "5. Integrity at work",
        "ด้านคุณธรรมการทำงานในหน่วยงาน จะบริหารงานบุคคล งบประมาณ และทรัพย์สินของราชการอย่างเป็นธรรม โปร่งใส คุ้มค่า ตามระเบียบและขั้นตอนที่กำหนด และปฏิบัติต่อผู้รับบริการทุกคนอย่างเท่าเทียม",
        "Integrity at work: we will manage staff, budget and government assets fairly, openly and for value, by the rules and steps in force, and treat everyone we serve equally.",
    ),
    (
        "declaration.communication",
        "ข้อ 6 ด้านการสื่อสารภายในหน่วยงาน",
        "6. Internal communication",
        "ด้านการสื่อสารภายในหน่วยงาน จะสื่อสารนโยบาย แนวทางการป้องกันการทุจริต และเจตจำนงฉบับนี้ให้บุคลากรทุกคนรับทราบอย่างทั่วถึง และเปิดช่องทางให้บุคลากรแสดงความคิดเห็น รายงาน หรือร้องเรียนการกระทำที่ไม่ถูกต้องได้โดยไม่ต้องเกรงว่าจะถูกกลั่นแกล้ง",
        "Internal communication: we will make this declaration, our policies and our anti-corruption guidance known to every member of staff, and keep channels open for staff to give opinions and to report wrongdoing without fear of retaliation.",
    ),
];

/// The ids of the declaration's clauses, in order.
pub fn declaration_clause_ids() -> impl Iterator<Item = &'static str> {
    DECLARATION_CLAUSES.iter().map(|c| c.0)
}

/// Every drafted text of a document, in the order the document shows them.
pub fn drafts(kind: DocKind, context: &DocContext) -> Vec<Draft> {
    let lang = context.lang;
    let org = context.org();
    let (n, next) = (context.results_year(), context.plan_year());
    let results = context
        .outcome()
        .map(|(total, outcome)| result_phrase(&total, &outcome, lang));
    let mut list: Vec<(&'static str, &'static str, String)> = Vec::new();
    match kind {
        DocKind::Analysis => {
            list.push((
                "analysis.foreword",
                lang.pick("คำนำ", "Foreword"),
                match lang {
                    Lang::Th => format!(
                        "รายงานฉบับนี้จัดทำขึ้นเพื่อวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ของ{org} ประจำปีงบประมาณ พ.ศ. {n}{} โดยแสดงคะแนนรายตัวชี้วัด จุดแข็ง ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน และประเด็นที่ต้องพัฒนาให้ดีขึ้น เพื่อใช้เป็นแนวทางในการกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next} ต่อไป",
                        results.as_ref().map(|r| format!(" ซึ่ง{r}")).unwrap_or_default()
                    ),
                    Lang::En => format!(
                        "This report analyses the results of {org} in the Integrity and Transparency Assessment (ITA) for fiscal year {n} B.E.{}. It sets out the score of each indicator, the strengths, the weaknesses to fix urgently and the issues to develop, as the basis for the internal measures to promote integrity and transparency in fiscal year {next} B.E.",
                        results.as_ref().map(|r| format!(", in which it {r}")).unwrap_or_default()
                    ),
                },
            ));
            list.push((
                "analysis.rationale",
                lang.pick("หลักการและเหตุผล", "Background"),
                match lang {
                    Lang::Th => format!(
                        "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) เป็นเครื่องมือที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ใช้ประเมินหน่วยงานภาครัฐทั่วประเทศเป็นประจำทุกปี ตามแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ การประเมินประกอบด้วยเครื่องมือ 3 ส่วน ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รวม 10 ตัวชี้วัด\n{org}ได้รับผลการประเมินประจำปีงบประมาณ พ.ศ. {n} แล้ว จึงวิเคราะห์ผลการประเมินเพื่อนำไปปรับปรุงการดำเนินงานให้มีคุณธรรมและความโปร่งใสยิ่งขึ้น และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้สอดคล้องกับผลการประเมิน"
                    ),
                    Lang::En => format!(
                        "The Integrity and Transparency Assessment (ITA) is the tool with which the Office of the National Anti-Corruption Commission (NACC) assesses every public agency in Thailand each year, under the master plan of the National Strategy on anti-corruption. It has three tools: the internal stakeholders' perception survey (IIT), the external stakeholders' perception survey (EIT) and the open data check of the agency's website (OIT), with ten indicators in all.\nHaving received its results for fiscal year {n} B.E., {org} analyses them here to improve the integrity and transparency of its work, and to set internal measures that answer to the results."
                    ),
                },
            ));
        }
        DocKind::Announcement => {
            list.push((
                "announcement.preamble",
                lang.pick("อารัมภบท", "Preamble"),
                match lang {
                    Lang::Th => format!(
                        "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {n}{} นั้น {org}ได้วิเคราะห์ผลการประเมินดังกล่าวแล้ว เพื่อให้การบริหารงานและการปฏิบัติหน้าที่ของบุคลากรเป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next} ไว้ดังต่อไปนี้",
                        results.as_ref().map(|r| format!(" ซึ่ง{org}{r}")).unwrap_or_default()
                    ),
                    Lang::En => format!(
                        "The Office of the National Anti-Corruption Commission (NACC) assessed the integrity and transparency of public agencies (ITA) for fiscal year {n} B.E.{}. Having analysed those results, and so that its administration and the work of its staff are honest, open and verifiable, {org} sets the following internal measures to promote integrity and transparency for fiscal year {next} B.E.",
                        results.as_ref().map(|r| format!(", in which {org} {r}")).unwrap_or_default()
                    ),
                },
            ));
            list.push((
                "announcement.closing",
                lang.pick("ข้อความปิดท้าย", "Closing"),
                lang.pick(
                    "ให้ผู้รับผิดชอบแต่ละมาตรการดำเนินการตามมาตรการข้างต้น และรายงานผลการดำเนินการต่อผู้บริหารตามรอบการกำกับติดตามที่กำหนด\nจึงประกาศให้ทราบโดยทั่วกัน",
                    "Those responsible for each measure shall carry it out and report on it to the executives at each monitoring round set above.\nThis is announced for all to know.",
                )
                .to_owned(),
            ));
        }
        DocKind::Declaration => {
            let executive = &context.book.organisation.approved_by;
            let name = crate::name_or_blank(&executive.name);
            let position = crate::name_or_blank(&executive.position);
            list.push((
                "declaration.preamble",
                lang.pick("อารัมภบท", "Preamble"),
                match lang {
                    Lang::Th => format!(
                        "ข้าพเจ้า {name} ตำแหน่ง {position} ในฐานะผู้บริหารสูงสุดของ{org} ขอประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต ตามหลักธรรมาภิบาล และจะนำบุคลากรทุกคนให้ปฏิบัติหน้าที่ด้วยความโปร่งใส ตรวจสอบได้ และปราศจากการทุจริต เพื่อเป็นแบบอย่างที่ดีและสร้างความเชื่อมั่นแก่ประชาชน ในปีงบประมาณ พ.ศ. {next} โดยยึดถือแนวทาง ดังนี้"
                    ),
                    Lang::En => format!(
                        "I, {name}, {position}, as the chief executive of {org}, declare my intent to run the agency honestly and by the principles of good governance in fiscal year {next} B.E., and to lead every member of staff to work openly, verifiably and free of corruption, as an example that earns the public's trust, on these lines:"
                    ),
                },
            ));
            for (id, th, en, text_th, text_en) in DECLARATION_CLAUSES {
                list.push((
                    id,
                    lang.pick(th, en),
                    lang.pick(text_th, text_en).to_owned(),
                ));
            }
            list.push((
                "declaration.closing",
                lang.pick("ข้อความปิดท้าย", "Closing"),
                lang.pick(
                    "ข้าพเจ้าจะติดตามและประเมินผลการปฏิบัติตามเจตจำนงนี้อย่างสม่ำเสมอ และขอให้บุคลากรทุกคนยึดถือเป็นแนวทางในการปฏิบัติหน้าที่โดยเคร่งครัด\nจึงประกาศให้ทราบโดยทั่วกัน",
                    "I will follow and assess how this declaration is kept, and ask every member of staff to hold to it in their work.\nThis is announced for all to know.",
                )
                .to_owned(),
            ));
        }
        DocKind::Report => {
            let round = context.year.documents.round();
            let count = context.year.measures.len();
            let period = crate::thai::months_of_fiscal_year(next, 1, round, lang);
            let that_year = context
                .book
                .year(next)
                .and_then(|a| crate::total_and_outcome(a.evaluation().ok().as_ref()));
            let later = that_year.map(|(total, outcome)| result_phrase(&total, &outcome, lang));
            list.push((
                "report.opening",
                lang.pick("ย่อหน้าเปิด", "Opening"),
                match lang {
                    Lang::Th => format!(
                        "{org}ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next} จำนวน {count} มาตรการ ซึ่งกำหนดจากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {n}{} บัดนี้การดำเนินการครบรอบ {round} เดือน ({period}) แล้ว จึงขอรายงานผลการดำเนินการตามมาตรการ ดังนี้{}",
                        results.as_ref().map(|r| format!(" ที่{r}")).unwrap_or_default(),
                        later
                            .as_ref()
                            .map(|r| format!("\nทั้งนี้ ในการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {next} {org}{r}"))
                            .unwrap_or_default()
                    ),
                    Lang::En => format!(
                        "{org} announced {count} internal measures to promote integrity and transparency for fiscal year {next} B.E., set from its analysis of the Integrity and Transparency Assessment (ITA) of fiscal year {n} B.E.{}. The {round}-month round ({period}) is now complete, and this report sets out what was done under each measure.{}",
                        results.as_ref().map(|r| format!(", in which it {r}")).unwrap_or_default(),
                        later
                            .as_ref()
                            .map(|r| format!("\nIn the ITA of fiscal year {next} B.E., {org} {r}."))
                            .unwrap_or_default()
                    ),
                },
            ));
            // Only the agency can say what got in its way: the app drafts nothing, and the
            // report leaves lines to write on until the agency does.
            list.push((
                "report.issues",
                lang.pick("ปัญหา อุปสรรค และข้อเสนอแนะ", "Problems and suggestions"),
                String::new(),
            ));
        }
    }
    let saved = &context.year.documents.texts;
    list.into_iter()
        .map(|(id, label, default)| Draft {
            id,
            label,
            current: saved.get(id).cloned().unwrap_or_else(|| default.clone()),
            default,
        })
        .collect()
}
