//! The measures catalogue: the eighteen measures (มาตรการ) of ITA.md §6 that the app can
//! suggest, in that table's order, each with the indicators it serves (the main one first), its
//! guideline, steps, default responsible unit, period, monitoring rhythm, and the outputs and
//! outcomes a report on it would show. All text is the app's own, in Thai and English.

use super::CatalogueMeasure;
use crate::t;
use crate::{Indicator, Period, Rhythm};

/// Every measure the app can suggest, in the order ITA.md §6 lists them.
pub static CATALOGUE: &[CatalogueMeasure] = &[
    // 1
    CatalogueMeasure {
        id: "discretion-review",
        name: t!(
            "มาตรการตรวจสอบการใช้ดุลพินิจ",
            "Review of officials' use of discretion"
        ),
        serves: &[Indicator::I1, Indicator::I3],
        guideline: t!(
            "หน่วยงานกำหนดหลักเกณฑ์และขั้นตอนของงานที่เจ้าหน้าที่ต้องใช้ดุลพินิจเป็นลายลักษณ์อักษร ให้ผู้บังคับบัญชาตรวจสอบการตัดสินใจ และเปิดเผยหลักเกณฑ์ต่อสาธารณะ เพื่อให้การปฏิบัติหน้าที่เป็นไปตามขั้นตอน เท่าเทียม และตรวจสอบได้",
            "The agency writes down the rules and steps for work in which officials exercise discretion, has supervisors check the decisions made, and publishes the rules, so that duties are carried out by set steps, equally and verifiably."
        ),
        steps: &[
            t!(
                "ทุกกอง/ส่วนสำรวจงานบริการ งานอนุมัติ และงานอนุญาตที่เจ้าหน้าที่ต้องใช้ดุลพินิจ แล้วจัดทำบัญชีรายการงานดังกล่าว",
                "Each division lists the services, approvals and permits in which its officials exercise discretion."
            ),
            t!(
                "แต่ละกอง/ส่วนจัดทำหรือปรับปรุงคู่มือการปฏิบัติงานของงานเหล่านั้น โดยระบุหลักเกณฑ์ ขั้นตอน ระยะเวลา และเอกสารประกอบการพิจารณาให้ชัดเจน",
                "Each division prepares or updates a work manual for each of those tasks, stating the criteria, steps, time limits and supporting documents."
            ),
            t!(
                "ผู้บริหารลงนามประกาศหลักเกณฑ์การใช้ดุลพินิจ และเผยแพร่ทางเว็บไซต์และบอร์ดประชาสัมพันธ์ของหน่วยงาน",
                "The chief executive signs an announcement of the discretion rules, which is published on the website and the agency's notice board."
            ),
            t!(
                "ผู้บังคับบัญชาสุ่มตรวจการพิจารณาอนุมัติและอนุญาตอย่างน้อยเดือนละครั้ง และบันทึกผลการตรวจไว้เป็นหลักฐาน",
                "Supervisors spot-check approval and permit decisions at least once a month and keep a record of what they checked."
            ),
            t!(
                "สำนักปลัดรวบรวมผลการตรวจสอบ ข้อร้องเรียน และข้อเสนอแนะ รายงานผู้บริหาร และปรับปรุงหลักเกณฑ์ในรอบถัดไป",
                "The Office of the Permanent Secretary compiles the results of the checks, complaints and suggestions, reports them to the executives and revises the rules for the next round."
            ),
        ],
        responsible: t!(
            "สำนักปลัด และทุกกอง/ส่วน",
            "Office of the Permanent Secretary and every division"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "คู่มือการปฏิบัติงานที่ระบุหลักเกณฑ์การใช้ดุลพินิจ ประกาศหลักเกณฑ์ที่เผยแพร่ทางเว็บไซต์ และบันทึกผลการสุ่มตรวจของผู้บังคับบัญชา",
            "Work manuals stating the discretion rules, a published announcement of the rules and supervisors' records of their spot checks."
        ),
        outcomes: t!(
            "บุคลากรปฏิบัติหน้าที่ตามขั้นตอนและระยะเวลาที่กำหนด ปฏิบัติต่อผู้รับบริการอย่างเท่าเทียม และใช้อำนาจอย่างเป็นธรรม ส่งผลให้คะแนนตัวชี้วัดการปฏิบัติหน้าที่และการใช้อำนาจสูงขึ้น",
            "Staff follow the set steps and time limits, treat everyone equally and use their authority fairly, which raises the scores for performance of duty and use of authority."
        ),
        always_suggested: false,
    },
    // 2
    CatalogueMeasure {
        id: "public-disclosure",
        name: t!(
            "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
            "Public disclosure of information"
        ),
        serves: &[Indicator::I9, Indicator::I7],
        guideline: t!(
            "หน่วยงานเปิดเผยข้อมูลข่าวสารตามมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และตามรายการที่สำนักงาน ป.ป.ช. กำหนด ผ่านเว็บไซต์ของหน่วยงาน โดยกำหนดผู้รับผิดชอบข้อมูลแต่ละรายการ และปรับปรุงข้อมูลให้เป็นปัจจุบันอยู่เสมอ",
            "The agency publishes on its website the information required by section 9 of the Official Information Act B.E. 2540 and the items on NACC's list, names an owner for each item and keeps every item current."
        ),
        steps: &[
            t!(
                "สำนักปลัดจัดทำบัญชีรายการข้อมูลที่ต้องเผยแพร่ตามมาตรา 9 และตามรายการตรวจของสำนักงาน ป.ป.ช. ในปีนั้น",
                "The Office of the Permanent Secretary lists the items to be published under section 9 and on NACC's checklist for the year."
            ),
            t!(
                "ผู้บริหารลงนามคำสั่งมอบหมายกอง/ส่วนและเจ้าหน้าที่ผู้รับผิดชอบข้อมูลแต่ละรายการ พร้อมกำหนดเวลาปรับปรุงข้อมูล",
                "The chief executive signs an order naming the division and officer responsible for each item and the dates by which it must be updated."
            ),
            t!(
                "ผู้รับผิดชอบแต่ละรายการส่งข้อมูลให้ผู้ดูแลเว็บไซต์นำขึ้นเผยแพร่ในหัวข้อที่ตรงกับรายการ โดยระบุวันที่ปรับปรุงข้อมูลทุกครั้ง",
                "Each item's owner sends the information to the website administrator, who publishes it under the matching heading with the date of the update."
            ),
            t!(
                "จัดให้มีศูนย์ข้อมูลข่าวสารของราชการ ณ ที่ทำการ และช่องทางออนไลน์ให้ประชาชนขอข้อมูลได้",
                "The agency keeps an official information centre at its office and an online channel through which the public can request information."
            ),
            t!(
                "สำนักปลัดตรวจความครบถ้วนและความเป็นปัจจุบันของข้อมูลบนเว็บไซต์ทุกไตรมาส และแจ้งผู้รับผิดชอบให้แก้ไขรายการที่ขาดหรือล้าสมัย",
                "Every quarter the Office of the Permanent Secretary checks the website for missing or out-of-date items and asks their owners to fix them."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานประชาสัมพันธ์) และทุกกอง/ส่วน",
            "Office of the Permanent Secretary (Public Relations Unit) and every division"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::Quarterly,
        outputs: t!(
            "บัญชีรายการข้อมูลที่ต้องเผยแพร่ คำสั่งมอบหมายผู้รับผิดชอบ และเว็บไซต์ที่มีข้อมูลครบทุกรายการพร้อมวันที่ปรับปรุง",
            "A list of the items to publish, an order naming their owners and a website on which every item is present and dated."
        ),
        outcomes: t!(
            "ประชาชนเข้าถึงข้อมูลของหน่วยงานที่เป็นปัจจุบันได้ง่าย ส่งผลให้คะแนนตัวชี้วัดการเปิดเผยข้อมูลและประสิทธิภาพการสื่อสารสูงขึ้น",
            "The public find current information about the agency easily, which raises the scores for information disclosure and communication efficiency."
        ),
        always_suggested: false,
    },
    // 3
    CatalogueMeasure {
        id: "integrity-declaration",
        name: t!(
            "มาตรการประกาศเจตจำนงสุจริตของผู้บริหาร",
            "Executive's declaration of integrity"
        ),
        serves: &[Indicator::I10, Indicator::I5],
        guideline: t!(
            "ผู้บริหารสูงสุดประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ และหน่วยงานจัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีพร้อมรายงานผลการดำเนินงาน",
            "The chief executive publicly commits to running the agency honestly, openly and accountably, and the agency adopts a yearly anti-corruption action plan and reports on it."
        ),
        steps: &[
            t!(
                "ผู้บริหารสูงสุดจัดทำและลงนามประกาศเจตจำนงสุจริตภายในไตรมาสแรกของปีงบประมาณ",
                "The chief executive drafts and signs a declaration of integrity within the first quarter of the fiscal year."
            ),
            t!(
                "ผู้บริหารแสดงเจตจำนงต่อบุคลากรในที่ประชุมประจำเดือน และเผยแพร่ประกาศทางเว็บไซต์และบอร์ดประชาสัมพันธ์",
                "The chief executive presents the declaration to staff at the monthly meeting, and it is published on the website and the notice board."
            ),
            t!(
                "งานวิเคราะห์นโยบายและแผนจัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีที่ระบุโครงการ กิจกรรม ผู้รับผิดชอบ และงบประมาณ เสนอผู้บริหารอนุมัติ และเผยแพร่ทางเว็บไซต์",
                "The Policy and Planning Unit prepares a yearly anti-corruption action plan listing projects, activities, owners and budget, has it approved by the executives and publishes it on the website."
            ),
            t!(
                "ทุกกอง/ส่วนรายงานผลการดำเนินงานตามแผนให้สำนักปลัด เพื่อจัดทำรายงานผลรอบ 6 เดือน และรอบ 12 เดือน เสนอผู้บริหารและเผยแพร่ทางเว็บไซต์",
                "Every division reports its progress on the plan to the Office of the Permanent Secretary, which prepares the 6- and 12-month reports for the executives and publishes them on the website."
            ),
            t!(
                "ผู้บริหารทบทวนผลการดำเนินงานและปัญหาที่พบ เพื่อนำไปปรับปรุงแผนในปีถัดไป",
                "The executives review the results and the problems met and use them to revise the next year's plan."
            ),
        ],
        responsible: t!(
            "ผู้บริหาร และสำนักปลัด (งานวิเคราะห์นโยบายและแผน)",
            "Executives and Office of the Permanent Secretary (Policy and Planning Unit)"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "ประกาศเจตจำนงสุจริตของผู้บริหาร แผนปฏิบัติการป้องกันการทุจริตประจำปี และรายงานผลการดำเนินงานรอบ 6 เดือน และรอบ 12 เดือน ที่เผยแพร่ทางเว็บไซต์",
            "A signed declaration of integrity, a yearly anti-corruption action plan, and 6- and 12-month progress reports, all published on the website."
        ),
        outcomes: t!(
            "บุคลากรและประชาชนรับรู้ความมุ่งมั่นของผู้บริหารในการต่อต้านการทุจริต และหน่วยงานมีแผนที่ติดตามผลได้ ส่งผลให้คะแนนตัวชี้วัดการป้องกันการทุจริตและการแก้ไขปัญหาการทุจริตสูงขึ้น",
            "Staff and the public see the executives' commitment against corruption and the agency has a plan it can be held to, which raises the scores for corruption prevention and addressing corruption."
        ),
        always_suggested: false,
    },
    // 4
    CatalogueMeasure {
        id: "conflict-of-interest",
        name: t!(
            "มาตรการป้องกันผลประโยชน์ทับซ้อน",
            "Prevention of conflicts of interest"
        ),
        serves: &[Indicator::I1, Indicator::I3, Indicator::I10],
        guideline: t!(
            "หน่วยงานกำหนดแนวทางและจัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน เพื่อให้บุคลากรแยกประโยชน์ส่วนตนออกจากประโยชน์ส่วนรวม และเปิดเผยหรือถอนตัวเมื่อมีส่วนได้เสียในเรื่องที่ตนพิจารณา",
            "The agency sets a guideline and a handbook on conflicts of interest so that staff keep private interests apart from public duty, and declare an interest or step aside from any matter in which they have one."
        ),
        steps: &[
            t!(
                "งานนิติการจัดทำหรือทบทวนคู่มือการป้องกันผลประโยชน์ทับซ้อน พร้อมตัวอย่างกรณีที่พบบ่อยในงานของหน่วยงาน",
                "The Legal Affairs Unit prepares or reviews a conflict-of-interest handbook with examples common in the agency's own work."
            ),
            t!(
                "ผู้บริหารลงนามประกาศแนวทางการป้องกันผลประโยชน์ทับซ้อน และเผยแพร่ประกาศและคู่มือทางเว็บไซต์",
                "The chief executive signs an announcement of the guideline, and the announcement and handbook are published on the website."
            ),
            t!(
                "งานการเจ้าหน้าที่จัดอบรมหรือบรรยายเรื่องผลประโยชน์ทับซ้อนให้บุคลากรทุกระดับอย่างน้อยปีละหนึ่งครั้ง",
                "The Personnel Unit holds training or a briefing on conflicts of interest for staff at every level at least once a year."
            ),
            t!(
                "เจ้าหน้าที่และกรรมการที่เกี่ยวข้องกับการจัดซื้อจัดจ้าง การอนุมัติ และการอนุญาต ลงนามในแบบแสดงว่าไม่มีส่วนได้เสียก่อนปฏิบัติหน้าที่",
                "Officers and committee members involved in procurement, approvals and permits sign a declaration of no interest before taking up each task."
            ),
            t!(
                "ตรวจสอบความเสี่ยงเรื่องผลประโยชน์ทับซ้อนในงานของแต่ละกอง/ส่วน และรายงานผลพร้อมแนวทางแก้ไขต่อผู้บริหาร",
                "Each division's work is checked for conflict-of-interest risks, and the findings, with remedies, are reported to the executives."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานนิติการ และงานการเจ้าหน้าที่)",
            "Office of the Permanent Secretary (Legal Affairs Unit and Personnel Unit)"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "ประกาศแนวทางและคู่มือการป้องกันผลประโยชน์ทับซ้อนที่เผยแพร่ทางเว็บไซต์ การอบรมบุคลากร และแบบแสดงการไม่มีส่วนได้เสียของผู้ปฏิบัติงาน",
            "A published guideline and handbook on conflicts of interest, staff training, and signed declarations of no interest."
        ),
        outcomes: t!(
            "บุคลากรแยกประโยชน์ส่วนตนกับประโยชน์ส่วนรวมได้ และไม่ใช้ตำแหน่งหน้าที่เพื่อประโยชน์ของตนหรือพวกพ้อง ส่งผลให้คะแนนตัวชี้วัดการปฏิบัติหน้าที่ การใช้อำนาจ และการป้องกันการทุจริตสูงขึ้น",
            "Staff tell private interests from public duty and do not use their position for themselves or their associates, which raises the scores for performance of duty, use of authority and corruption prevention."
        ),
        always_suggested: false,
    },
    // 5
    CatalogueMeasure {
        id: "no-gift",
        name: t!(
            "มาตรการป้องกันการรับสินบนและนโยบายไม่รับของขวัญ (No Gift Policy)",
            "Bribery prevention and No Gift Policy"
        ),
        serves: &[Indicator::I1, Indicator::I10],
        guideline: t!(
            "ผู้บริหารและบุคลากรทุกคนไม่รับและไม่ให้ของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่ (No Gift Policy) และหน่วยงานกำหนดแนวทางปฏิบัติเมื่อมีผู้เสนอให้สินบนหรือของขวัญ",
            "Executives and all staff neither accept nor give gifts, hospitality or any other benefit in connection with their duties (No Gift Policy), and the agency sets out what to do when a bribe or gift is offered."
        ),
        steps: &[
            t!(
                "ผู้บริหารลงนามประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และเผยแพร่ทางเว็บไซต์",
                "The chief executive signs a No Gift Policy covering every kind of gift and hospitality received through official duties, and it is published on the website."
            ),
            t!(
                "สำนักปลัดจัดทำแนวทางปฏิบัติเมื่อมีผู้เสนอให้ของขวัญหรือสินบน รวมถึงแบบรายงานการรับของขวัญที่ไม่อาจปฏิเสธได้ และช่องทางแจ้งเบาะแส",
                "The Office of the Permanent Secretary writes guidance on what to do when a gift or bribe is offered, including a form for reporting a gift that could not be refused and a channel for tip-offs."
            ),
            t!(
                "ติดป้าย “งดรับของขวัญ” ที่จุดให้บริการ และแจ้งนโยบายให้ผู้รับจ้างและผู้มาติดต่อทราบ",
                "No-gift notices are posted at every service point and the policy is made known to contractors and visitors."
            ),
            t!(
                "ชี้แจงนโยบายแก่บุคลากรทุกคน โดยเฉพาะก่อนช่วงเทศกาลปีใหม่",
                "All staff are briefed on the policy, especially before the New Year holiday season."
            ),
            t!(
                "สำนักปลัดรวบรวมรายงานการรับของขวัญและเรื่องแจ้งเบาะแส เสนอผู้บริหาร และเผยแพร่ผลการดำเนินการตามนโยบายทางเว็บไซต์",
                "The Office of the Permanent Secretary compiles the gift reports and tip-offs, reports them to the executives and publishes the results of the policy on the website."
            ),
        ],
        responsible: t!(
            "สำนักปลัด และทุกกอง/ส่วน",
            "Office of the Permanent Secretary and every division"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) แนวทางปฏิบัติและแบบรายงานการรับของขวัญ ป้ายประกาศที่จุดให้บริการ และรายงานผลการดำเนินการตามนโยบาย",
            "A published No Gift Policy, guidance and a gift-reporting form, notices at the service points, and a report on the policy."
        ),
        outcomes: t!(
            "บุคลากรปฏิเสธเงิน ของขวัญ และประโยชน์อื่นใดจากผู้มาติดต่อ และผู้รับบริการไม่ถูกเรียกรับสิ่งตอบแทน ส่งผลให้คะแนนตัวชี้วัดการปฏิบัติหน้าที่และการป้องกันการทุจริตสูงขึ้น",
            "Staff refuse money, gifts and other benefits, and service users are not asked for any, which raises the scores for performance of duty and corruption prevention."
        ),
        always_suggested: false,
    },
    // 6
    CatalogueMeasure {
        id: "stakeholder-participation",
        name: t!(
            "มาตรการส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย",
            "Stakeholder participation"
        ),
        serves: &[Indicator::I8, Indicator::I9],
        guideline: t!(
            "หน่วยงานเปิดโอกาสให้ประชาชนและผู้มีส่วนได้ส่วนเสียแสดงความคิดเห็นและข้อเสนอแนะ และมีส่วนร่วมในการวางแผน การดำเนินงาน และการตรวจสอบ รวมถึงให้ตัวแทนประชาคมร่วมในคณะกรรมการที่เกี่ยวกับการจัดซื้อจัดจ้าง",
            "The agency gives the public and other stakeholders ways to offer opinions and suggestions and to take part in planning, delivery and oversight, including community representatives on procurement committees."
        ),
        steps: &[
            t!(
                "เปิดช่องทางรับฟังความคิดเห็นและข้อเสนอแนะทั้งที่ที่ทำการ ทางโทรศัพท์ และทางออนไลน์ และเผยแพร่ช่องทางเหล่านี้ทางเว็บไซต์",
                "The agency opens channels for opinions and suggestions at its office, by telephone and online, and lists them on its website."
            ),
            t!(
                "จัดเวทีประชาคมเพื่อรับฟังความต้องการของประชาชนประกอบการจัดทำแผนพัฒนาท้องถิ่นและโครงการสำคัญ",
                "Community forums are held to hear residents' needs when the local development plan and major projects are prepared."
            ),
            t!(
                "เชิญตัวแทนประชาคมร่วมเป็นกรรมการหรือร่วมสังเกตการณ์ในการจัดซื้อจัดจ้างและการตรวจรับงานตามที่ระเบียบกำหนด",
                "Community representatives are invited to sit on, or observe, procurement and inspection committees as the regulations allow."
            ),
            t!(
                "สรุปความคิดเห็นและข้อเสนอแนะที่ได้รับ พร้อมผลการพิจารณาหรือสิ่งที่หน่วยงานปรับปรุง แล้วเผยแพร่ทางเว็บไซต์",
                "The opinions and suggestions received, with what the agency decided or changed in response, are summarised and published on the website."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานวิเคราะห์นโยบายและแผน) และทุกกอง/ส่วน",
            "Office of the Permanent Secretary (Policy and Planning Unit) and every division"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "ช่องทางรับฟังความคิดเห็นที่เผยแพร่ทางเว็บไซต์ เวทีประชาคม ตัวแทนประชาคมในคณะกรรมการ และสรุปความคิดเห็นพร้อมผลการดำเนินการ",
            "Published feedback channels, community forums, community representatives on committees, and a published summary of the feedback and the response to it."
        ),
        outcomes: t!(
            "ประชาชนมีส่วนร่วมและเห็นว่าหน่วยงานนำความคิดเห็นไปปรับปรุงงานจริง ส่งผลให้คะแนนตัวชี้วัดการปรับปรุงระบบการทำงานและการเปิดเผยข้อมูลสูงขึ้น",
            "Residents take part and see their views lead to real changes, which raises the scores for improvement of work systems and information disclosure."
        ),
        always_suggested: false,
    },
    // 7
    CatalogueMeasure {
        id: "transparent-procurement",
        name: t!(
            "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
            "Transparent procurement"
        ),
        serves: &[Indicator::I2, Indicator::I9],
        guideline: t!(
            "หน่วยงานจัดซื้อจัดจ้างตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 อย่างเปิดเผย คุ้มค่า และตรวจสอบได้ โดยเผยแพร่แผนการจัดซื้อจัดจ้าง ราคากลาง ผลการจัดซื้อจัดจ้าง และสรุปผลรายเดือน",
            "The agency buys goods and services under the Public Procurement and Supplies Administration Act B.E. 2560 openly, for value and verifiably, publishing its procurement plan, reference prices, awards and monthly summaries."
        ),
        steps: &[
            t!(
                "เมื่อข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายประกาศใช้แล้ว กองคลังจัดทำแผนการจัดซื้อจัดจ้างประจำปี และเผยแพร่ทางเว็บไซต์และระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)",
                "Once the budget ordinance is in force, the Finance Division prepares the year's procurement plan and publishes it on the website and in the e-GP system."
            ),
            t!(
                "ประกาศราคากลางและหลักเกณฑ์การพิจารณาของทุกโครงการตามที่กฎหมายกำหนดก่อนเริ่มจัดซื้อจัดจ้าง",
                "Reference prices and award criteria are published for every project, as the law requires, before procurement begins."
            ),
            t!(
                "ประกาศผลผู้ชนะการเสนอราคาทางเว็บไซต์และระบบ e-GP ภายในเวลาที่ระเบียบกำหนด",
                "Winning bidders are announced on the website and in the e-GP system within the time the regulations set."
            ),
            t!(
                "กองคลังจัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือน และเผยแพร่ทางเว็บไซต์ภายในเดือนถัดไป",
                "The Finance Division prepares a summary of each month's procurement and publishes it on the website within the following month."
            ),
            t!(
                "หน่วยตรวจสอบภายในสุ่มตรวจเอกสารการจัดซื้อจัดจ้างทุกไตรมาส และเสนอรายงานการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปีพร้อมแนวทางปรับปรุงต่อผู้บริหาร",
                "Every quarter the Internal Audit Unit samples procurement files, and a yearly procurement analysis with proposed improvements goes to the executives."
            ),
        ],
        responsible: t!(
            "กองคลัง (งานพัสดุ) และหน่วยตรวจสอบภายใน",
            "Finance Division (Procurement Unit) and Internal Audit Unit"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::Quarterly,
        outputs: t!(
            "แผนการจัดซื้อจัดจ้าง ประกาศราคากลาง ประกาศผู้ชนะการเสนอราคา สรุปผลการจัดซื้อจัดจ้างรายเดือน และรายงานการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี ที่เผยแพร่ทางเว็บไซต์",
            "A published procurement plan, reference prices, award announcements, monthly summaries and a yearly procurement analysis."
        ),
        outcomes: t!(
            "บุคลากรและประชาชนเห็นว่างบประมาณถูกใช้อย่างเปิดเผยและคุ้มค่า ส่งผลให้คะแนนตัวชี้วัดการใช้งบประมาณและการเปิดเผยข้อมูลสูงขึ้น",
            "Staff and the public see the budget spent openly and for value, which raises the scores for use of budget and information disclosure."
        ),
        always_suggested: false,
    },
    // 8
    CatalogueMeasure {
        id: "corruption-complaints",
        name: t!(
            "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
            "Handling corruption complaints"
        ),
        serves: &[Indicator::I5, Indicator::I9],
        guideline: t!(
            "หน่วยงานจัดให้มีศูนย์รับเรื่องร้องเรียนและเจ้าหน้าที่รับผิดชอบ มีขั้นตอนจัดการเรื่องร้องเรียนการทุจริตที่ชัดเจน รายงานสถิติอย่างสม่ำเสมอ และคุ้มครองผู้ร้องเรียนและพยานไม่ให้ได้รับผลกระทบ",
            "The agency runs a complaints centre with a named officer, follows clear steps for corruption complaints, reports statistics regularly, and protects complainants and witnesses from any reprisal."
        ),
        steps: &[
            t!(
                "ผู้บริหารลงนามคำสั่งจัดตั้งศูนย์รับเรื่องร้องเรียนและแต่งตั้งเจ้าหน้าที่รับผิดชอบ พร้อมจัดทำคู่มือการจัดการเรื่องร้องเรียนการทุจริต",
                "The chief executive signs an order setting up a complaints centre and naming the officer in charge, and a handbook on handling corruption complaints is prepared."
            ),
            t!(
                "เปิดช่องทางร้องเรียนหลายช่องทาง ได้แก่ ที่ทำการ ตู้รับเรื่อง โทรศัพท์ และช่องทางออนไลน์ และเผยแพร่ช่องทางและขั้นตอนทางเว็บไซต์",
                "Several complaint channels are opened (in person, a complaints box, telephone and online), and the channels and steps are published on the website."
            ),
            t!(
                "ลงทะเบียนเรื่องร้องเรียนทุกเรื่อง แจ้งผู้ร้องเรียนว่ารับเรื่องแล้ว และแจ้งผลการดำเนินการภายในระยะเวลาที่กำหนด",
                "Every complaint is registered, and the complainant is told it has been received and is informed of the outcome within the set time."
            ),
            t!(
                "เก็บข้อมูลของผู้ร้องเรียนเป็นความลับ และกำหนดมาตรการคุ้มครองผู้ร้องเรียนและพยานจากการถูกกลั่นแกล้ง",
                "Complainants' details are kept confidential, and measures are set to protect complainants and witnesses from retaliation."
            ),
            t!(
                "สรุปสถิติเรื่องร้องเรียนการทุจริตและผลการดำเนินการทุกไตรมาส เสนอผู้บริหาร และเผยแพร่ทางเว็บไซต์",
                "Corruption complaint statistics and outcomes are compiled every quarter, reported to the executives and published on the website."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (ศูนย์รับเรื่องร้องเรียน และงานนิติการ)",
            "Office of the Permanent Secretary (Complaints Centre and Legal Affairs Unit)"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::Quarterly,
        outputs: t!(
            "คำสั่งจัดตั้งศูนย์รับเรื่องร้องเรียน คู่มือการจัดการเรื่องร้องเรียน ช่องทางร้องเรียนที่เผยแพร่ทางเว็บไซต์ และรายงานสถิติเรื่องร้องเรียนรายไตรมาส",
            "An order setting up the complaints centre, a complaints handbook, published complaint channels and quarterly complaint statistics."
        ),
        outcomes: t!(
            "บุคลากรและประชาชนกล้าร้องเรียนโดยไม่กังวลว่าจะถูกกลั่นแกล้ง และเห็นว่าเรื่องร้องเรียนได้รับการแก้ไขจริง ส่งผลให้คะแนนตัวชี้วัดการแก้ไขปัญหาการทุจริตและการเปิดเผยข้อมูลสูงขึ้น",
            "Staff and the public complain without fear of reprisal and see complaints acted on, which raises the scores for addressing corruption and information disclosure."
        ),
        always_suggested: false,
    },
    // 9
    CatalogueMeasure {
        id: "staff-awareness",
        name: t!(
            "มาตรการสร้างจิตสำนึกและความตระหนักแก่บุคลากร",
            "Building staff awareness"
        ),
        serves: &[Indicator::I5, Indicator::I1],
        guideline: t!(
            "หน่วยงานปลูกฝังให้บุคลากรยึดมั่นในประมวลจริยธรรม รู้ว่าสิ่งใดควรทำและไม่ควรทำ (Dos & Don'ts) และไม่ยอมรับการทุจริต ผ่านการอบรมและกิจกรรมอย่างต่อเนื่อง",
            "Through regular training and activities, the agency builds staff commitment to the code of ethics, knowledge of what to do and not to do (Dos & Don'ts), and zero tolerance of corruption."
        ),
        steps: &[
            t!(
                "งานการเจ้าหน้าที่เผยแพร่ประมวลจริยธรรมของเจ้าหน้าที่ และจัดทำคู่มือสิ่งที่ควรทำและไม่ควรทำ (Dos & Don'ts) ในงานของหน่วยงาน",
                "The Personnel Unit publishes the staff code of ethics and prepares a Dos & Don'ts guide for the agency's work."
            ),
            t!(
                "จัดอบรมเรื่องคุณธรรม จริยธรรม และการต่อต้านการทุจริตให้บุคลากรทุกระดับ รวมถึงผู้บรรจุใหม่ อย่างน้อยปีละหนึ่งครั้ง",
                "Staff at every level, new recruits included, are trained in ethics and anti-corruption at least once a year."
            ),
            t!(
                "ผู้บริหารชี้แจงนโยบายด้านคุณธรรมและความโปร่งใส และยกกรณีศึกษามาพูดคุยในการประชุมประจำเดือน",
                "The executives explain the integrity and transparency policy and discuss case studies at the monthly staff meeting."
            ),
            t!(
                "ยกย่องเชิดชูบุคลากรที่เป็นแบบอย่างด้านความซื่อสัตย์สุจริต และเผยแพร่ทางเว็บไซต์",
                "Staff who set an example of honesty are recognised, and this is published on the website."
            ),
            t!(
                "ทดสอบความรู้ความเข้าใจของบุคลากรก่อนและหลังการอบรม และนำผลไปปรับปรุงกิจกรรมในรอบถัดไป",
                "Staff understanding is tested before and after training, and the results are used to improve the next round."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานการเจ้าหน้าที่)",
            "Office of the Permanent Secretary (Personnel Unit)"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "ประมวลจริยธรรมและคู่มือ Dos & Don'ts ที่เผยแพร่แล้ว การอบรมบุคลากรอย่างน้อยปีละหนึ่งครั้งพร้อมจำนวนผู้เข้าร่วม และผลการทดสอบก่อนและหลังการอบรม",
            "A published code of ethics and Dos & Don'ts guide, at least one training a year with attendance figures, and before-and-after test results."
        ),
        outcomes: t!(
            "บุคลากรตระหนักถึงผลเสียของการทุจริต ปฏิบัติงานตามประมวลจริยธรรม และพร้อมแจ้งเมื่อพบการกระทำที่ไม่ถูกต้อง ส่งผลให้คะแนนตัวชี้วัดการแก้ไขปัญหาการทุจริตและการปฏิบัติหน้าที่สูงขึ้น",
            "Staff understand the harm corruption does, work by the code of ethics and are ready to report wrongdoing, which raises the scores for addressing corruption and performance of duty."
        ),
        always_suggested: false,
    },
    // 10
    CatalogueMeasure {
        id: "asset-oversight",
        name: t!(
            "มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ",
            "Oversight of the use of government assets"
        ),
        serves: &[Indicator::I4],
        guideline: t!(
            "หน่วยงานกำหนดขั้นตอนการยืม การใช้ และการคืนทรัพย์สินของราชการให้ชัดเจน ตรวจสอบการใช้อย่างสม่ำเสมอ และไม่ให้นำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตน",
            "The agency sets clear steps for borrowing, using and returning government assets, checks their use regularly and does not allow them to be used for private purposes."
        ),
        steps: &[
            t!(
                "กองคลังจัดทำคู่มือการใช้ทรัพย์สินของราชการที่ระบุขั้นตอนการขอยืม แบบฟอร์ม และผู้มีอำนาจอนุญาต และแจ้งให้บุคลากรทุกคนทราบ",
                "The Finance Division prepares a manual on government assets setting out how to ask to borrow them, the forms to use and who approves, and makes it known to all staff."
            ),
            t!(
                "ทุกกอง/ส่วนบันทึกการยืมและการคืนทรัพย์สินในทะเบียนทุกครั้ง รวมถึงบันทึกการใช้รถส่วนกลาง",
                "Every division records each loan and return of assets in a register, including a logbook for the agency's vehicles."
            ),
            t!(
                "ผู้บริหารย้ำกับบุคลากรว่าห้ามนำทรัพย์สินของราชการไปใช้ส่วนตัว พร้อมยกตัวอย่างสิ่งที่ทำได้และทำไม่ได้",
                "The executives remind staff that government assets must not be used privately, with examples of what is and is not allowed."
            ),
            t!(
                "กองคลังตรวจทะเบียนการยืมคืนทุก 6 เดือน และคณะกรรมการตรวจสอบพัสดุประจำปีตรวจนับทรัพย์สินตามระเบียบ",
                "The Finance Division checks the loan registers every six months, and the annual stock-taking committee counts the assets as the regulations require."
            ),
            t!(
                "รายงานผลการตรวจสอบ รวมถึงทรัพย์สินที่ชำรุดหรือสูญหาย ต่อผู้บริหารเพื่อดำเนินการตามระเบียบ",
                "The results of the checks, including any assets damaged or missing, are reported to the executives for action under the regulations."
            ),
        ],
        responsible: t!(
            "กองคลัง และทุกกอง/ส่วน",
            "Finance Division and every division"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "คู่มือการใช้ทรัพย์สินของราชการ ทะเบียนการยืมคืนทรัพย์สินและบันทึกการใช้รถส่วนกลาง และรายงานผลการตรวจสอบทรัพย์สิน",
            "A manual on government assets, loan registers and vehicle logbooks, and reports of the asset checks."
        ),
        outcomes: t!(
            "บุคลากรยืมและใช้ทรัพย์สินของราชการตามขั้นตอน และไม่นำไปใช้เพื่อประโยชน์ส่วนตน ส่งผลให้คะแนนตัวชี้วัดการใช้ทรัพย์สินของราชการสูงขึ้น",
            "Staff borrow and use government assets by the set procedure and never for private ends, which raises the score for use of government assets."
        ),
        always_suggested: false,
    },
    // 11
    CatalogueMeasure {
        id: "budget-transparency",
        name: t!(
            "มาตรการส่งเสริมความโปร่งใสในการบริหารงบประมาณ",
            "Budget transparency"
        ),
        serves: &[Indicator::I2],
        guideline: t!(
            "หน่วยงานให้ทุกกอง/ส่วนมีส่วนร่วมในการจัดทำงบประมาณ ชี้แจงข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายประจำปีให้บุคลากรทราบ และเผยแพร่แผนการใช้จ่ายงบประมาณและรายงานผลการใช้จ่ายอย่างสม่ำเสมอ",
            "The agency involves every division in preparing the budget, explains the annual budget ordinance to staff, and publishes its spending plan and regular spending reports."
        ),
        steps: &[
            t!(
                "ทุกกอง/ส่วนเสนอความต้องการและร่วมพิจารณาร่างงบประมาณรายจ่ายประจำปี",
                "Every division submits its needs and takes part in reviewing the draft annual budget ordinance."
            ),
            t!(
                "กองคลังชี้แจงงบประมาณรายจ่ายประจำปีที่ประกาศใช้แล้วให้บุคลากรทราบในที่ประชุมประจำเดือน",
                "Once the budget ordinance is in force, the Finance Division explains it to staff at the monthly meeting."
            ),
            t!(
                "กองคลังจัดทำแผนการใช้จ่ายงบประมาณประจำปี และเผยแพร่ทางเว็บไซต์",
                "The Finance Division prepares the year's spending plan and publishes it on the website."
            ),
            t!(
                "จัดทำรายงานผลการใช้จ่ายงบประมาณเทียบกับแผนรอบ 6 เดือน และรอบ 12 เดือน และเผยแพร่ทางเว็บไซต์",
                "Spending reports at 6 and 12 months, compared against the plan, are prepared and published on the website."
            ),
            t!(
                "วิเคราะห์สาเหตุที่เบิกจ่ายล่าช้าหรือไม่เป็นไปตามแผน และเสนอแนวทางแก้ไขต่อผู้บริหาร",
                "The reasons for late or off-plan spending are analysed and remedies are proposed to the executives."
            ),
        ],
        responsible: t!(
            "กองคลัง และสำนักปลัด (งานวิเคราะห์นโยบายและแผน)",
            "Finance Division and Office of the Permanent Secretary (Policy and Planning Unit)"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "งบประมาณรายจ่ายประจำปีและแผนการใช้จ่ายงบประมาณที่เผยแพร่ทางเว็บไซต์ การชี้แจงงบประมาณแก่บุคลากร และรายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน และรอบ 12 เดือน",
            "A published budget ordinance and spending plan, a budget briefing for staff, and spending reports at 6 and 12 months."
        ),
        outcomes: t!(
            "บุคลากรรู้และเข้าใจแผนการใช้จ่ายงบประมาณ และเห็นว่างบประมาณถูกใช้อย่างเปิดเผย ตรงตามวัตถุประสงค์ และคุ้มค่า ส่งผลให้คะแนนตัวชี้วัดการใช้งบประมาณสูงขึ้น",
            "Staff know the spending plan and see the budget spent openly, as intended and for value, which raises the score for use of budget."
        ),
        always_suggested: false,
    },
    // 12
    CatalogueMeasure {
        id: "authority-and-personnel",
        name: t!(
            "มาตรการควบคุมการใช้อำนาจและการบริหารงานบุคคล",
            "Control of authority and personnel management"
        ),
        serves: &[Indicator::I3],
        guideline: t!(
            "หน่วยงานบริหารงานบุคคลอย่างเป็นธรรมตามหลักคุณธรรม โดยประกาศหลักเกณฑ์การมอบหมายงาน การประเมินผลการปฏิบัติงาน การเลื่อนเงินเดือน การเลื่อนตำแหน่ง และการคัดเลือกเข้ารับการฝึกอบรมให้ทราบทั่วกัน และผู้บังคับบัญชาไม่สั่งการให้ผู้ใต้บังคับบัญชาทำในสิ่งที่ไม่ถูกต้อง",
            "The agency manages its people fairly and on merit, publishing its criteria for assigning work, appraisal, pay rises, promotion and selection for training, and supervisors never order subordinates to do anything improper."
        ),
        steps: &[
            t!(
                "งานการเจ้าหน้าที่ประกาศหลักเกณฑ์และวิธีการประเมินผลการปฏิบัติงาน การเลื่อนเงินเดือน การเลื่อนตำแหน่ง และการคัดเลือกเข้ารับการฝึกอบรม ให้บุคลากรทราบและเผยแพร่ทางเว็บไซต์",
                "The Personnel Unit announces to staff, and publishes on the website, the criteria and methods for appraisal, pay rises, promotion and selection for training."
            ),
            t!(
                "แต่งตั้งคณะกรรมการกลั่นกรองผลการประเมินผลการปฏิบัติงาน และแจ้งผลการประเมินให้บุคลากรแต่ละคนทราบพร้อมช่องทางโต้แย้ง",
                "A screening committee reviews the appraisal results, and each member of staff is told their result and how to appeal."
            ),
            t!(
                "ผู้บังคับบัญชามอบหมายงานเป็นลายลักษณ์อักษรตามตำแหน่งและความสามารถของแต่ละคน",
                "Supervisors assign work in writing according to each person's position and ability."
            ),
            t!(
                "แต่งตั้งที่ปรึกษาด้านจริยธรรม เพื่อให้บุคลากรขอคำปรึกษาหรือแจ้งเรื่องเมื่อได้รับคำสั่งที่ไม่ถูกต้อง โดยได้รับการคุ้มครองไม่ให้ถูกกลั่นแกล้ง",
                "Ethics advisers are appointed whom staff can consult or alert, without reprisal, when given an improper order."
            ),
            t!(
                "สรุปผลการบริหารงานบุคคลและเรื่องที่บุคลากรร้องเรียนหรือขอคำปรึกษา และรายงานผู้บริหารรอบ 6 เดือน และรอบ 12 เดือน",
                "The results of personnel management and any complaints or consultations from staff are summarised and reported to the executives at 6 and 12 months."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานการเจ้าหน้าที่)",
            "Office of the Permanent Secretary (Personnel Unit)"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "ประกาศหลักเกณฑ์การบริหารงานบุคคลที่เผยแพร่ทางเว็บไซต์ คำสั่งแต่งตั้งคณะกรรมการกลั่นกรองและที่ปรึกษาด้านจริยธรรม และรายงานผลการบริหารงานบุคคล",
            "Published personnel criteria, orders appointing the screening committee and the ethics advisers, and personnel management reports."
        ),
        outcomes: t!(
            "บุคลากรได้รับการมอบหมายงาน การประเมินผล และการพิจารณาความก้าวหน้าอย่างเป็นธรรม และไม่ถูกสั่งให้ทำในสิ่งที่ไม่ถูกต้อง ส่งผลให้คะแนนตัวชี้วัดการใช้อำนาจสูงขึ้น",
            "Staff are assigned, appraised and advanced fairly and are not ordered to do wrong, which raises the score for use of authority."
        ),
        always_suggested: false,
    },
    // 13
    CatalogueMeasure {
        id: "transparent-work",
        name: t!(
            "มาตรการส่งเสริมการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
            "Transparent and efficient work"
        ),
        serves: &[Indicator::I1, Indicator::I6],
        guideline: t!(
            "หน่วยงานทบทวนขั้นตอนและระยะเวลาในคู่มือการปฏิบัติงานทุกงาน และเผยแพร่คู่มือสำหรับประชาชน เพื่อให้ประชาชนรู้ว่าจะได้รับบริการอย่างไรและภายในเวลาเท่าใด และเจ้าหน้าที่ทุกคนปฏิบัติงานตามมาตรฐานเดียวกัน",
            "The agency reviews the steps and time limits in every work manual and publishes citizen's manuals, so that people know how and how fast they will be served and every officer works to the same standard."
        ),
        steps: &[
            t!(
                "ทุกกอง/ส่วนทบทวนคู่มือการปฏิบัติงานของตนให้มีขั้นตอนและระยะเวลาที่ชัดเจน และตัดขั้นตอนที่ไม่จำเป็นออก",
                "Every division reviews its work manuals to make the steps and time limits clear and to remove unnecessary steps."
            ),
            t!(
                "จัดทำหรือปรับปรุงคู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 ให้ครบทุกงานบริการ",
                "A citizen's manual under the Licensing Facilitation Act B.E. 2558 is prepared or updated for every service."
            ),
            t!(
                "เผยแพร่คู่มือสำหรับประชาชนทางเว็บไซต์และ ณ จุดให้บริการ โดยระบุขั้นตอน ระยะเวลา ค่าธรรมเนียม และเอกสารที่ต้องใช้",
                "The citizen's manuals are published on the website and at the service points, stating the steps, time limits, fees and documents needed."
            ),
            t!(
                "หัวหน้ากอง/ส่วนติดตามให้งานบริการแล้วเสร็จภายในระยะเวลาที่กำหนด และบันทึกกรณีที่ล่าช้าพร้อมเหตุผล",
                "Division heads check that services are completed within the set time and record any delay with its reason."
            ),
            t!(
                "สรุปผลการให้บริการเทียบกับมาตรฐานในคู่มือ และเสนอผู้บริหารเพื่อปรับปรุงขั้นตอน",
                "Service results are summarised against the standards in the manuals and put to the executives so the steps can be improved."
            ),
        ],
        responsible: t!("ทุกกอง/ส่วน", "Every division"),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "คู่มือการปฏิบัติงานที่ปรับปรุงแล้ว คู่มือสำหรับประชาชนที่เผยแพร่ทางเว็บไซต์และ ณ จุดให้บริการ และรายงานผลการให้บริการเทียบกับมาตรฐาน",
            "Updated work manuals, citizen's manuals published online and at the service points, and reports of service against the standards."
        ),
        outcomes: t!(
            "เจ้าหน้าที่ปฏิบัติงานตามขั้นตอนและระยะเวลาที่ประกาศ และผู้รับบริการได้รับบริการที่ถูกต้อง รวดเร็ว และเท่าเทียม ส่งผลให้คะแนนตัวชี้วัดการปฏิบัติหน้าที่และคุณภาพการดำเนินงานสูงขึ้น",
            "Officers follow the published steps and time limits and service users are served correctly, promptly and equally, which raises the scores for performance of duty and quality of operations."
        ),
        always_suggested: false,
    },
    // 14
    CatalogueMeasure {
        id: "good-service",
        name: t!(
            "มาตรการส่งเสริมการให้บริการที่ดีและการให้บริการออนไลน์ (E-Service)",
            "Good service and e-services"
        ),
        serves: &[Indicator::I6, Indicator::I8],
        guideline: t!(
            "หน่วยงานให้บริการตามลำดับก่อนหลังอย่างเท่าเทียม สอบถามความพึงพอใจของผู้รับบริการ ณ จุดให้บริการ และพัฒนาบริการออนไลน์ที่ประชาชนยื่นเรื่องและติดตามผลได้ครบทุกขั้นตอนโดยไม่ต้องเดินทางมาที่หน่วยงาน",
            "The agency serves people in turn and equally, asks about their satisfaction at the point of service, and develops online services that let people apply and follow up from start to finish without coming to the office."
        ),
        steps: &[
            t!(
                "จัดระบบบัตรคิวหรือลำดับการให้บริการ ณ จุดให้บริการ และติดประกาศขั้นตอนและระยะเวลาการให้บริการ",
                "A queue-card or turn system is set up at the service point, and the steps and time limits of each service are posted up."
            ),
            t!(
                "จัดทำแบบสอบถามความพึงพอใจ ณ จุดให้บริการและทางออนไลน์ และสรุปผลทุกไตรมาส",
                "A satisfaction survey is offered at the service point and online, and the results are summarised every quarter."
            ),
            t!(
                "เลือกงานบริการที่มีผู้ใช้มาก เช่น การชำระภาษี การขออนุญาต หรือการแจ้งเรื่องร้องทุกข์ มาให้บริการออนไลน์ที่ยื่นเรื่องและติดตามผลได้ครบทุกขั้นตอน",
                "High-demand services, such as paying local taxes, applying for permits or reporting problems, are moved online so that people can apply and follow up end to end."
            ),
            t!(
                "ประชาสัมพันธ์บริการออนไลน์และวิธีการใช้งานทางเว็บไซต์ เฟซบุ๊ก และ ณ จุดให้บริการ",
                "The online services and how to use them are promoted on the website, on Facebook and at the service point."
            ),
            t!(
                "นำผลความพึงพอใจและสถิติการใช้บริการออนไลน์มาปรับปรุงการให้บริการ และแจ้งสิ่งที่ปรับปรุงแล้วให้ประชาชนทราบ",
                "Satisfaction results and online usage figures are used to improve the services, and the improvements are made known to the public."
            ),
        ],
        responsible: t!(
            "สำนักปลัด และทุกกอง/ส่วนที่ให้บริการประชาชน",
            "Office of the Permanent Secretary and every division that serves the public"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::Quarterly,
        outputs: t!(
            "ระบบบัตรคิว ผลการสำรวจความพึงพอใจรายไตรมาส และงานบริการออนไลน์ที่ใช้ได้ครบทุกขั้นตอนพร้อมสถิติการใช้งาน",
            "A queue system, quarterly satisfaction survey results, and online services that work end to end, with usage figures."
        ),
        outcomes: t!(
            "ผู้รับบริการได้รับบริการตามลำดับอย่างเท่าเทียม สะดวก และรวดเร็วขึ้น และเห็นว่าหน่วยงานปรับปรุงบริการอย่างต่อเนื่อง ส่งผลให้คะแนนตัวชี้วัดคุณภาพการดำเนินงานและการปรับปรุงระบบการทำงานสูงขึ้น",
            "Service users are served in turn, equally, more easily and faster, and see the agency keep improving, which raises the scores for quality of operations and improvement of work systems."
        ),
        always_suggested: false,
    },
    // 15
    CatalogueMeasure {
        id: "communication-channels",
        name: t!(
            "มาตรการประชาสัมพันธ์และเผยแพร่ข้อมูลข่าวสาร",
            "Public relations and communication channels"
        ),
        serves: &[Indicator::I7],
        guideline: t!(
            "หน่วยงานสื่อสารข้อมูลข่าวสารกับประชาชนผ่านหลายช่องทางที่เข้าถึงง่าย เช่น เว็บไซต์ เฟซบุ๊ก และไลน์ (Line OA) และมอบหมายเจ้าหน้าที่ตอบคำถามและรับข้อคิดเห็นอย่างรวดเร็ว",
            "The agency communicates with the public through several easy-to-reach channels such as its website, Facebook page and Line OA, and assigns officers to answer questions and take comments promptly."
        ),
        steps: &[
            t!(
                "งานประชาสัมพันธ์จัดทำแผนประชาสัมพันธ์ประจำปีที่ระบุเรื่องที่จะสื่อสาร ช่องทาง และความถี่",
                "The Public Relations Unit draws up a yearly public relations plan stating what will be communicated, through which channels and how often."
            ),
            t!(
                "งานประชาสัมพันธ์ดูแลเว็บไซต์ เพจเฟซบุ๊ก และไลน์ (Line OA) ของหน่วยงานให้มีข้อมูลเป็นปัจจุบัน และแสดงช่องทางติดต่อสอบถามให้ชัดเจน",
                "The Public Relations Unit keeps the agency's website, Facebook page and Line OA up to date and shows clearly how to get in touch."
            ),
            t!(
                "ผู้บริหารลงนามคำสั่งมอบหมายเจ้าหน้าที่ตอบคำถามและข้อคิดเห็นที่เข้ามาทุกช่องทางภายในเวลาที่กำหนด",
                "The chief executive signs an order assigning officers to answer questions and comments from every channel within a set time."
            ),
            t!(
                "ใช้สื่อในพื้นที่ เช่น หอกระจายข่าว เสียงตามสาย และบอร์ดประชาสัมพันธ์ เพื่อให้ข้อมูลถึงประชาชนที่ไม่ได้ใช้สื่อออนไลน์",
                "Local media such as village broadcast towers, loudspeaker announcements and notice boards are used to reach people who are not online."
            ),
            t!(
                "สรุปจำนวนข่าวที่เผยแพร่ จำนวนคำถามที่ได้รับและที่ตอบแล้ว และรายงานผู้บริหารรอบ 6 เดือน และรอบ 12 เดือน",
                "The number of news items published and of questions received and answered is summarised and reported to the executives at 6 and 12 months."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานประชาสัมพันธ์)",
            "Office of the Permanent Secretary (Public Relations Unit)"
        ),
        period: Period::WholeFiscalYear,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "แผนประชาสัมพันธ์ประจำปี ช่องทางสื่อสารออนไลน์และในพื้นที่ที่มีข้อมูลเป็นปัจจุบัน คำสั่งมอบหมายผู้ตอบคำถาม และสถิติการเผยแพร่ข่าวและการตอบคำถาม",
            "A yearly public relations plan, current online and local channels, an order naming who answers questions, and figures on news published and questions answered."
        ),
        outcomes: t!(
            "ประชาชนเข้าถึงข้อมูลของหน่วยงานได้ง่ายผ่านหลายช่องทาง และได้รับคำตอบอย่างรวดเร็ว ส่งผลให้คะแนนตัวชี้วัดประสิทธิภาพการสื่อสารสูงขึ้น",
            "People reach the agency's information easily through many channels and get quick answers, which raises the score for communication efficiency."
        ),
        always_suggested: false,
    },
    // 16
    CatalogueMeasure {
        id: "improve-work-systems",
        name: t!(
            "มาตรการปรับปรุงระบบการทำงาน",
            "Improving work systems"
        ),
        serves: &[Indicator::I8],
        guideline: t!(
            "ผู้บริหารและบุคลากรร่วมกันทบทวนปัญหาในการทำงานอย่างสม่ำเสมอ และนำข้อคิดเห็นของผู้รับบริการมาปรับปรุงขั้นตอนและวิธีการทำงาน โดยเปิดให้ประชาชนมีส่วนร่วมและแจ้งผลการปรับปรุงให้ทราบ",
            "Executives and staff regularly review work problems together and use service users' feedback to improve procedures and ways of working, inviting the public to take part and telling them what has changed."
        ),
        steps: &[
            t!(
                "จัดประชุมระหว่างผู้บริหารกับบุคลากรทุกเดือน โดยมีวาระปัญหาและอุปสรรคในการทำงานเป็นวาระประจำ",
                "Executives and staff meet every month with work problems and obstacles as a standing agenda item."
            ),
            t!(
                "รวบรวมข้อคิดเห็น ข้อร้องเรียน และผลความพึงพอใจของผู้รับบริการ และจัดลำดับเรื่องที่ต้องปรับปรุง",
                "Service users' comments, complaints and satisfaction results are collected and the issues to fix are put in order of priority."
            ),
            t!(
                "แต่ละกอง/ส่วนเลือกงานอย่างน้อยหนึ่งงานที่จะปรับปรุงในปีนั้น เช่น ลดขั้นตอน ลดเอกสาร หรือนำเทคโนโลยีมาใช้ และกำหนดตัวชี้วัดความสำเร็จ",
                "Each division picks at least one process to improve during the year, for example by cutting steps or paperwork or by using technology, and sets a measure of success."
            ),
            t!(
                "เผยแพร่สิ่งที่ปรับปรุงแล้วทางเว็บไซต์และ ณ จุดให้บริการ และรับฟังความเห็นของผู้รับบริการต่อการเปลี่ยนแปลงนั้น",
                "The improvements are published on the website and at the service points, and users are asked what they think of the changes."
            ),
            t!(
                "สรุปผลการปรับปรุงเทียบกับตัวชี้วัดความสำเร็จ และรายงานผู้บริหารรอบ 6 เดือน และรอบ 12 เดือน",
                "The results are measured against the success measures and reported to the executives at 6 and 12 months."
            ),
        ],
        responsible: t!(
            "สำนักปลัด และทุกกอง/ส่วน",
            "Office of the Permanent Secretary and every division"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "บันทึกการประชุมระหว่างผู้บริหารกับบุคลากร รายการงานที่ปรับปรุงของแต่ละกอง/ส่วน และรายงานผลการปรับปรุงที่เผยแพร่ทางเว็บไซต์",
            "Minutes of the executive and staff meetings, each division's list of improvements, and a published report on them."
        ),
        outcomes: t!(
            "ผู้รับบริการเห็นว่าหน่วยงานปรับปรุงบริการและวิธีการทำงานอย่างต่อเนื่อง และได้มีส่วนร่วมในการปรับปรุง ส่งผลให้คะแนนตัวชี้วัดการปรับปรุงระบบการทำงานสูงขึ้น",
            "Service users see the agency keep improving its services and ways of working, and take part in it, which raises the score for improvement of work systems."
        ),
        always_suggested: false,
    },
    // 17
    CatalogueMeasure {
        id: "corruption-risk",
        name: t!(
            "มาตรการประเมินความเสี่ยงการทุจริตและบริหารจัดการความเสี่ยง",
            "Corruption risk assessment and management"
        ),
        serves: &[Indicator::I10],
        guideline: t!(
            "หน่วยงานประเมินความเสี่ยงการทุจริตในงานของตนทุกปี โดยเฉพาะงานอนุมัติ อนุญาต การใช้งบประมาณ และการจัดซื้อจัดจ้าง กำหนดมาตรการควบคุมความเสี่ยงที่พบ และติดตามรายงานผลการดำเนินการ",
            "Each year the agency assesses the corruption risks in its work, especially approvals, permits, spending and procurement, sets controls for the risks found, and follows them up and reports on them."
        ),
        steps: &[
            t!(
                "ผู้บริหารลงนามคำสั่งแต่งตั้งคณะทำงานประเมินความเสี่ยงการทุจริตที่มีผู้แทนจากทุกกอง/ส่วน",
                "The chief executive signs an order setting up a corruption risk working group with members from every division."
            ),
            t!(
                "คณะทำงานระบุงานที่มีความเสี่ยง วิเคราะห์โอกาสที่จะเกิดและผลกระทบ และจัดลำดับความเสี่ยง",
                "The working group identifies risky processes, rates each risk's likelihood and impact, and ranks the risks."
            ),
            t!(
                "จัดทำแผนบริหารจัดการความเสี่ยงการทุจริตที่ระบุมาตรการควบคุม ผู้รับผิดชอบ และระยะเวลา เสนอผู้บริหารอนุมัติ และเผยแพร่ทางเว็บไซต์",
                "A corruption risk management plan stating the controls, their owners and timing is approved by the executives and published on the website."
            ),
            t!(
                "ผู้รับผิดชอบดำเนินการตามมาตรการควบคุม และรายงานความคืบหน้าต่อคณะทำงาน",
                "The owners put the controls in place and report progress to the working group."
            ),
            t!(
                "คณะทำงานสรุปผลการบริหารจัดการความเสี่ยงรอบ 6 เดือน และรอบ 12 เดือน เสนอผู้บริหาร เผยแพร่ทางเว็บไซต์ และนำไปใช้ในการประเมินปีถัดไป",
                "The working group reports on risk management at 6 and 12 months to the executives, publishes the reports on the website and uses them in the next year's assessment."
            ),
        ],
        responsible: t!(
            "สำนักปลัด หน่วยตรวจสอบภายใน และทุกกอง/ส่วน",
            "Office of the Permanent Secretary, Internal Audit Unit and every division"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "คำสั่งแต่งตั้งคณะทำงาน รายงานการประเมินความเสี่ยงการทุจริต แผนบริหารจัดการความเสี่ยง และรายงานผลรอบ 6 เดือน และรอบ 12 เดือน ที่เผยแพร่ทางเว็บไซต์",
            "An order setting up the working group, a corruption risk assessment, a risk management plan, and 6- and 12-month reports, all published on the website."
        ),
        outcomes: t!(
            "หน่วยงานรู้จุดเสี่ยงการทุจริตของตนและมีมาตรการควบคุมที่ใช้ได้จริง ส่งผลให้คะแนนตัวชี้วัดการป้องกันการทุจริตสูงขึ้น",
            "The agency knows where it is exposed to corruption and has controls that work, which raises the score for corruption prevention."
        ),
        always_suggested: false,
    },
    // 18
    CatalogueMeasure {
        id: "ita-results",
        name: t!(
            "มาตรการนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
            "Using last year's ITA results to improve the agency"
        ),
        serves: &[Indicator::I10],
        guideline: t!(
            "หน่วยงานวิเคราะห์ผลการประเมิน ITA ของปีที่ผ่านมาเพื่อหาจุดแข็งและจุดที่ต้องพัฒนา กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และรายงานผลการดำเนินการตามมาตรการต่อสาธารณะ",
            "The agency analyses last year's ITA results to find its strengths and what must improve, sets internal integrity and transparency measures, and reports publicly on carrying them out."
        ),
        steps: &[
            t!(
                "ผู้บริหารลงนามคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ที่มีผู้แทนจากทุกกอง/ส่วน",
                "The chief executive signs an order setting up an ITA working group with members from every division."
            ),
            t!(
                "คณะทำงานวิเคราะห์คะแนนรายตัวชี้วัด ระบุจุดแข็ง จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน และประเด็นที่ต้องพัฒนา และเผยแพร่รายงานการวิเคราะห์ทางเว็บไซต์",
                "The working group analyses each indicator's score, identifies strengths, urgent weaknesses and issues to develop, and publishes the analysis on the website."
            ),
            t!(
                "จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานที่ระบุผู้รับผิดชอบและระยะเวลา เสนอผู้บริหารอนุมัติ และเผยแพร่ทางเว็บไซต์",
                "Internal integrity and transparency measures, with owners and timing, are drawn up, approved by the executives and published on the website."
            ),
            t!(
                "ชี้แจงผลการประเมินและมาตรการให้บุคลากรทุกคนทราบ และมอบหมายให้ทุกกอง/ส่วนดำเนินการตามมาตรการ",
                "All staff are briefed on the results and the measures, and every division is tasked with carrying the measures out."
            ),
            t!(
                "ติดตามผลและจัดทำรายงานผลการดำเนินการตามมาตรการที่ระบุผลผลิตและผลลัพธ์ เสนอผู้บริหาร และเผยแพร่ทางเว็บไซต์ก่อนการประเมินรอบถัดไป",
                "Progress is followed up, and a report on the measures stating their outputs and outcomes goes to the executives and is published on the website before the next assessment."
            ),
        ],
        responsible: t!(
            "สำนักปลัด (งานวิเคราะห์นโยบายและแผน) และทุกกอง/ส่วน",
            "Office of the Permanent Secretary (Policy and Planning Unit) and every division"
        ),
        period: Period::OctoberToSeptember,
        rhythm: Rhythm::HalfYearly,
        outputs: t!(
            "รายงานการวิเคราะห์ผลการประเมิน ITA มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน และรายงานผลการดำเนินการตามมาตรการ ที่เผยแพร่ทางเว็บไซต์",
            "A published analysis of the ITA results, internal integrity and transparency measures, and a report on carrying them out."
        ),
        outcomes: t!(
            "หน่วยงานแก้ไขจุดอ่อนจากผลการประเมินปีที่ผ่านมาอย่างเป็นระบบ และเผยแพร่มาตรการและผลการดำเนินการได้ครบถ้วน ส่งผลให้คะแนนตัวชี้วัดการป้องกันการทุจริตและคะแนนรวมสูงขึ้น",
            "The agency deals with last year's weaknesses systematically and publishes its measures and their results in full, which raises the corruption prevention score and the total."
        ),
        always_suggested: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Text;

    const IDS: [&str; 18] = [
        "discretion-review",
        "public-disclosure",
        "integrity-declaration",
        "conflict-of-interest",
        "no-gift",
        "stakeholder-participation",
        "transparent-procurement",
        "corruption-complaints",
        "staff-awareness",
        "asset-oversight",
        "budget-transparency",
        "authority-and-personnel",
        "transparent-work",
        "good-service",
        "communication-channels",
        "improve-work-systems",
        "corruption-risk",
        "ita-results",
    ];

    fn is_thai(c: char) -> bool {
        ('\u{0E00}'..='\u{0E7F}').contains(&c)
    }

    /// Every `Text` of a measure, labelled for failure messages.
    fn texts(m: &CatalogueMeasure) -> Vec<(String, Text)> {
        let mut all = vec![
            ("name".to_string(), m.name),
            ("guideline".to_string(), m.guideline),
            ("responsible".to_string(), m.responsible),
            ("outputs".to_string(), m.outputs),
            ("outcomes".to_string(), m.outcomes),
        ];
        all.extend(
            m.steps
                .iter()
                .enumerate()
                .map(|(n, step)| (format!("steps[{n}]"), *step)),
        );
        all
    }

    #[test]
    fn holds_the_eighteen_ids_in_order_and_unique() {
        let ids: Vec<&str> = CATALOGUE.iter().map(|m| m.id).collect();
        assert_eq!(ids, IDS);
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "duplicate ids");
    }

    #[test]
    fn every_measure_has_three_to_six_steps() {
        for m in CATALOGUE {
            assert!(
                (3..=6).contains(&m.steps.len()),
                "{} has {} steps",
                m.id,
                m.steps.len()
            );
        }
    }

    #[test]
    fn every_text_is_written_in_both_languages() {
        for m in CATALOGUE {
            for (field, text) in texts(m) {
                assert!(!text.th.trim().is_empty(), "{}.{field}: empty Thai", m.id);
                assert!(
                    !text.en.trim().is_empty(),
                    "{}.{field}: empty English",
                    m.id
                );
                assert!(
                    text.th.chars().any(is_thai),
                    "{}.{field}: Thai text has no Thai characters",
                    m.id
                );
                assert!(
                    !text.en.chars().any(is_thai),
                    "{}.{field}: English text has Thai characters",
                    m.id
                );
            }
        }
    }

    #[test]
    fn serves_is_non_empty_without_duplicates() {
        for m in CATALOGUE {
            assert!(!m.serves.is_empty(), "{} serves nothing", m.id);
            for (n, indicator) in m.serves.iter().enumerate() {
                assert!(
                    !m.serves[..n].contains(indicator),
                    "{} lists {:?} twice",
                    m.id,
                    indicator
                );
            }
        }
    }

    #[test]
    fn serves_follows_the_specification() {
        use Indicator::*;
        let expected: [&[Indicator]; 18] = [
            &[I1, I3],
            &[I9, I7],
            &[I10, I5],
            &[I1, I3, I10],
            &[I1, I10],
            &[I8, I9],
            &[I2, I9],
            &[I5, I9],
            &[I5, I1],
            &[I4],
            &[I2],
            &[I3],
            &[I1, I6],
            &[I6, I8],
            &[I7],
            &[I8],
            &[I10],
            &[I10],
        ];
        assert_eq!(CATALOGUE.len(), expected.len());
        for (m, serves) in CATALOGUE.iter().zip(expected) {
            assert_eq!(m.serves, serves, "{}", m.id);
        }
    }

    #[test]
    fn only_ita_results_is_always_suggested() {
        let always: Vec<&str> = CATALOGUE
            .iter()
            .filter(|m| m.always_suggested)
            .map(|m| m.id)
            .collect();
        assert_eq!(always, ["ita-results"]);
    }

    #[test]
    fn every_indicator_is_served() {
        for indicator in Indicator::ALL {
            assert!(
                CATALOGUE.iter().any(|m| m.serves(indicator)),
                "no measure serves {}",
                indicator.code()
            );
        }
    }

    #[test]
    fn find_returns_the_measure_with_that_id() {
        for m in CATALOGUE {
            assert_eq!(CatalogueMeasure::find(m.id).map(|f| f.id), Some(m.id));
        }
        assert!(CatalogueMeasure::find("no-such-measure").is_none());
    }

    #[test]
    fn thai_text_ends_without_a_full_stop_and_english_fields_are_consistent() {
        for m in CATALOGUE {
            for (field, text) in texts(m) {
                assert!(
                    !text.th.trim_end().ends_with('.'),
                    "{}.{field}: Thai ends with a full stop",
                    m.id
                );
                let sentence = !(field == "name" || field == "responsible");
                assert_eq!(
                    text.en.ends_with('.'),
                    sentence,
                    "{}.{field}: English full stop inconsistent",
                    m.id
                );
            }
        }
    }

    #[test]
    fn rhythms_and_periods_are_sensible() {
        assert_eq!(
            CatalogueMeasure::find("transparent-procurement").map(|m| m.rhythm),
            Some(Rhythm::Quarterly)
        );
        assert_eq!(
            CatalogueMeasure::find("corruption-complaints").map(|m| m.rhythm),
            Some(Rhythm::Quarterly)
        );
        assert!(CATALOGUE
            .iter()
            .any(|m| m.period == Period::OctoberToSeptember));
        assert!(CATALOGUE
            .iter()
            .any(|m| m.period == Period::WholeFiscalYear));
    }
}
