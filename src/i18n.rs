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

    pub nav_label: &'static str,
    pub nav_scores: &'static str,
    pub nav_analysis: &'static str,
    pub nav_measures: &'static str,
    pub nav_targets: &'static str,
    pub analysis_heading: &'static str,
    pub analysis_needs_scores: &'static str,
    pub analysis_bad_thresholds: &'static str,
    pub rule_heading: &'static str,
    pub settings_summary: &'static str,
    pub strength_line: &'static str,
    pub excellent_line: &'static str,
    pub urgent_line: &'static str,
    pub lowest_urgent: &'static str,
    pub reset_thresholds: &'static str,
    pub ranking_heading: &'static str,
    pub col_rank: &'static str,
    pub col_indicator: &'static str,
    pub col_score: &'static str,
    pub col_weight: &'static str,
    pub col_gap: &'static str,
    pub col_standing: &'static str,
    pub strengths_heading: &'static str,
    pub strengths_none: &'static str,
    pub to_develop_heading: &'static str,
    pub to_develop_none: &'static str,
    pub weakness_order: &'static str,
    pub urgent_heading: &'static str,
    pub urgent_none: &'static str,
    pub urgent_lowest: &'static str,
    pub tool_focus_heading: &'static str,
    pub tool_focus_fine: &'static str,
    pub measures_heading: &'static str,
    pub suggestions_heading: &'static str,
    pub suggestions_note: &'static str,
    pub always_suggested: &'static str,
    pub serves: &'static str,
    pub adopted: &'static str,
    pub see_steps: &'static str,
    pub catalogue_loading: &'static str,
    pub catalogue_failed: &'static str,
    pub sections_loading: &'static str,
    pub sections_failed: &'static str,
    pub try_again: &'static str,
    pub guideline: &'static str,
    pub steps: &'static str,
    pub steps_hint: &'static str,
    pub responsible: &'static str,
    pub period: &'static str,
    pub monitoring: &'static str,
    pub expected_outputs: &'static str,
    pub expected_outcomes: &'static str,
    pub plan_empty: &'static str,
    pub add_own: &'static str,
    pub measure_name: &'static str,
    pub untitled: &'static str,
    pub indicators_legend: &'static str,
    pub remove: &'static str,
    pub undo: &'static str,
    pub progress_heading: &'static str,
    pub status: &'static str,
    pub done: &'static str,
    pub outputs: &'static str,
    pub outcomes: &'static str,
    pub notes: &'static str,
    pub from_catalogue: &'static str,
    pub own_measure: &'static str,
    pub targets_heading: &'static str,
    pub targets_method: &'static str,
    pub goal_pass: &'static str,
    pub goal_85_levels: &'static str,
    pub goal_reached: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    pub col_raise: &'static str,
    pub use_plan: &'static str,
    pub ceilings_summary: &'static str,
    pub ceilings_hint: &'static str,
    pub whatif_heading: &'static str,
    pub whatif_hint: &'static str,
    pub projected_total: &'static str,
    pub current_total: &'static str,
    pub clear_whatif: &'static str,
    pub ceiling_purpose: &'static str,
    pub whatif_purpose: &'static str,
    pub nav_charts: &'static str,
    pub charts_heading: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub show_table: &'static str,
    pub history_needs_years: &'static str,
    pub series_whatif: &'static str,
    pub years_heading: &'static str,
    pub years_label: &'static str,
    pub add_year: &'static str,
    pub add_year_button: &'static str,
    pub carry_forward: &'static str,
    pub delete_year: &'static str,
    pub delete_year_confirm: &'static str,
    pub year_deleted: &'static str,
    pub fiscal_year_taken: &'static str,
    pub fiscal_year_relabel_hint: &'static str,
    pub nav_years: &'static str,
    pub compare_heading: &'static str,
    pub compare_earlier: &'static str,
    pub compare_later: &'static str,
    pub compare_needs_two: &'static str,
    pub col_change: &'static str,
    pub col_measures_before: &'static str,
    pub compare_total: &'static str,
    pub compare_result: &'static str,
    pub no_measures: &'static str,
    pub files_heading: &'static str,
    pub files_hint: &'static str,
    pub export_button: &'static str,
    pub anonymise: &'static str,
    pub import_label: &'static str,
    pub import_drop_hint: &'static str,
    pub import_reading: &'static str,
    pub import_refused: &'static str,
    pub import_preview_heading: &'static str,
    pub import_years_added: &'static str,
    pub import_years_replaced: &'static str,
    pub import_years_kept: &'static str,
    pub import_confirm: &'static str,
    pub import_cancel: &'static str,
    pub import_done: &'static str,
    pub import_undo: &'static str,
    pub import_dismiss: &'static str,
    pub drop_overlay: &'static str,
    pub nav_files: &'static str,
    pub people_heading: &'static str,
    pub preparer_name: &'static str,
    pub preparer_position: &'static str,
    pub approver_name: &'static str,
    pub approver_position: &'static str,
    pub nav_compare: &'static str,
    pub nav_rollup: &'static str,
    pub rollup_heading: &'static str,
    pub rollup_hint: &'static str,
    pub rollup_pick_files: &'static str,
    pub rollup_pick_folder: &'static str,
    pub rollup_drop: &'static str,
    pub rollup_cancel: &'static str,
    pub rollup_clear: &'static str,
    pub rollup_failures: &'static str,
    pub rollup_filters: &'static str,
    pub rollup_all: &'static str,
    pub rollup_year: &'static str,
    pub rollup_type: &'static str,
    pub rollup_province: &'static str,
    pub rollup_result: &'static str,
    pub rollup_search: &'static str,
    pub rollup_passed: &'static str,
    pub rollup_not_passed: &'static str,
    pub rollup_no_total: &'static str,
    pub rollup_col_name: &'static str,
    pub rollup_col_weakest: &'static str,
    pub rollup_summary: &'static str,
    pub rollup_averages: &'static str,
    pub rollup_average_total: &'static str,
    pub rollup_export_csv: &'static str,
    pub rollup_export_json: &'static str,
    pub rollup_prev: &'static str,
    pub rollup_next: &'static str,
    pub rollup_empty: &'static str,
    pub export_now: &'static str,
    pub other_tab_taken_in_heading: &'static str,
    pub other_tab_taken_in_body: &'static str,
    pub other_tab_conflict_heading: &'static str,
    pub other_tab_conflict_body: &'static str,
    pub other_tab_use_theirs: &'static str,
    pub other_tab_keep_mine: &'static str,
    pub other_tab_unreadable_heading: &'static str,
    pub other_tab_unreadable_body: &'static str,
    pub reload_page: &'static str,
    pub dismiss: &'static str,
    pub offline_unavailable: &'static str,
    pub offline_preparing: &'static str,
    pub offline_ready: &'static str,
    pub update_heading: &'static str,
    pub update_body: &'static str,
    pub update_unsaved: &'static str,
    pub update_apply: &'static str,
    pub update_confirm_unsaved: &'static str,
    pub footer: &'static str,
    pub skip_link: &'static str,
    pub views_label: &'static str,
    pub view_work: &'static str,
    pub view_documents: &'static str,
    pub view_rollup: &'static str,
    pub org_district: &'static str,
    pub org_district_placeholder: &'static str,
    pub docs_heading: &'static str,
    pub docs_pick_label: &'static str,
    pub docs_ready: &'static str,
    pub docs_missing_heading: &'static str,
    pub docs_go_enter: &'static str,
    pub docs_settings_heading: &'static str,
    pub docs_results_year: &'static str,
    pub docs_thai_digits: &'static str,
    pub docs_date_announcement: &'static str,
    pub docs_date_declaration: &'static str,
    pub docs_date_report: &'static str,
    pub docs_date_hint: &'static str,
    pub docs_round: &'static str,
    pub docs_announcement_table: &'static str,
    pub docs_print: &'static str,
    pub docs_print_hint: &'static str,
    pub docs_drafts_heading: &'static str,
    pub docs_drafts_hint: &'static str,
    pub docs_draft_edited: &'static str,
    pub docs_draft_reset: &'static str,
    pub docs_lang_note: &'static str,
    pub docs_preview_label: &'static str,
    pub paste_summary: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_preview_heading: &'static str,
    pub paste_now: &'static str,
    pub paste_from_text: &'static str,
    pub paste_refused: &'static str,
    pub paste_skipped_heading: &'static str,
    pub paste_missing: &'static str,
    pub paste_nothing: &'static str,
    pub paste_cancel: &'static str,
    pub scorebar_summary: &'static str,
    pub example_welcome_heading: &'static str,
    pub example_welcome_body: &'static str,
    pub example_try: &'static str,
    pub example_banner: &'static str,
    pub example_close: &'static str,
    pub docs_docx: &'static str,
    pub docs_docx_busy: &'static str,
    pub docs_docx_hint: &'static str,
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
    save_failed_body: "งานที่กรอกยังอยู่บนหน้านี้และยังใช้งานได้ตามปกติ แต่จะหายเมื่อปิดแท็บ ส่งออกเป็นไฟล์เพื่อเก็บงานไว้",

    nav_label: "ส่วนต่าง ๆ ของหน้า",
    nav_scores: "คะแนน",
    nav_analysis: "วิเคราะห์ผล",
    nav_measures: "มาตรการ",
    nav_targets: "เป้าหมาย",
    analysis_heading: "วิเคราะห์ผลการประเมิน",
    analysis_needs_scores: "กรอกคะแนนให้ครบ 10 ตัวชี้วัด แล้วจะเห็นจุดแข็ง จุดอ่อน มาตรการที่แนะนำ และเป้าหมายที่นี่",
    analysis_bad_thresholds: "เกณฑ์ที่ตั้งไว้ยังไม่ถูกต้อง กรุณาแก้ที่ “ตั้งค่าเกณฑ์”",
    rule_heading: "เกณฑ์ที่ใช้อ่านผล",
    settings_summary: "ตั้งค่าเกณฑ์",
    strength_line: "เกณฑ์จุดแข็ง (ตั้งแต่)",
    excellent_line: "เกณฑ์ดีเยี่ยม (ตั้งแต่)",
    urgent_line: "เกณฑ์เร่งด่วน (ต่ำกว่า)",
    lowest_urgent: "ถือว่าตัวชี้วัดที่ได้คะแนนต่ำสุดเป็นจุดอ่อนเร่งด่วนเสมอ",
    reset_thresholds: "คืนค่าเริ่มต้น (85 / 95 / 75)",
    ranking_heading: "คะแนนรายตัวชี้วัดเรียงจากมากไปน้อย",
    col_rank: "อันดับ",
    col_indicator: "ตัวชี้วัด",
    col_score: "คะแนน",
    col_weight: "น้ำหนัก",
    col_gap: "คะแนนที่เสียไปเทียบเกณฑ์",
    col_standing: "สถานะ",
    strengths_heading: "จุดแข็ง",
    strengths_none: "ยังไม่มีตัวชี้วัดที่ถึงเกณฑ์จุดแข็ง",
    to_develop_heading: "ประเด็นที่ควรพัฒนา",
    to_develop_none: "ทุกตัวชี้วัดถึงเกณฑ์จุดแข็งแล้ว",
    weakness_order: "เรียงตามคะแนนที่เสียไปมากไปน้อย (น้ำหนัก × ส่วนที่ขาดจากเกณฑ์ ÷ 100)",
    urgent_heading: "จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
    urgent_none: "ไม่มีจุดอ่อนเร่งด่วนตามเกณฑ์ที่ตั้งไว้",
    urgent_lowest: "ต่ำสุด",
    tool_focus_heading: "ประเด็นที่ต้องพัฒนาในแต่ละเครื่องมือ",
    tool_focus_fine: "ถึงเกณฑ์แล้ว แต่ต่ำสุดในเครื่องมือนี้",
    measures_heading: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    suggestions_heading: "มาตรการที่แนะนำ",
    suggestions_note: "เรียงตามคะแนนที่เสียไปรวมของตัวชี้วัดที่ควรพัฒนาซึ่งมาตรการนั้นช่วยยกระดับ",
    always_suggested: "แนะนำทุกปี",
    serves: "ตัวชี้วัดที่เกี่ยวข้อง",
    adopted: "อยู่ในแผนแล้ว",
    see_steps: "ดูรายละเอียดและขั้นตอน",
    catalogue_loading: "กำลังโหลดรายละเอียดของมาตรการ…",
    catalogue_failed: "โหลดรายละเอียดของมาตรการไม่สำเร็จ จึงยังเลือกมาตรการจากคลัง เปิดข้อมูลตัวอย่าง และจัดทำเอกสารไม่ได้ ตรวจการเชื่อมต่อแล้วลองอีกครั้ง",
    sections_loading: "กำลังโหลดส่วนอื่นของหน้า ได้แก่ การวิเคราะห์ แผนภูมิ มาตรการ เป้าหมาย และไฟล์… ระหว่างนี้กรอกคะแนนได้ตามปกติ",
    sections_failed: "โหลดส่วนอื่นของหน้า (การวิเคราะห์ แผนภูมิ มาตรการ เป้าหมาย และไฟล์) ไม่สำเร็จ คะแนนที่กรอกไว้ยังอยู่ครบ ตรวจการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง",
    try_again: "ลองอีกครั้ง",
    guideline: "แนวทางการปฏิบัติ",
    steps: "ขั้นตอน/วิธีการปฏิบัติ",
    steps_hint: "บรรทัดละหนึ่งขั้นตอน",
    responsible: "ผู้รับผิดชอบ",
    period: "ระยะเวลาดำเนินการ",
    monitoring: "การกำกับติดตาม",
    expected_outputs: "ผลผลิตที่คาดว่าจะได้รับ",
    expected_outcomes: "ผลลัพธ์ที่คาดว่าจะได้รับ",
    plan_empty: "ยังไม่มีมาตรการในแผน เลือกจากมาตรการที่แนะนำด้านบน หรือเขียนมาตรการเอง",
    add_own: "+ เขียนมาตรการเอง",
    measure_name: "ชื่อมาตรการ",
    untitled: "(ยังไม่ได้ตั้งชื่อ)",
    indicators_legend: "ตัวชี้วัดที่มาตรการนี้ช่วยยกระดับ",
    remove: "นำออกจากแผน",
    undo: "เลิกทำ",
    progress_heading: "ผลการดำเนินการตามมาตรการ",
    status: "สถานะ",
    done: "รายละเอียดการดำเนินงาน",
    outputs: "ผลผลิต",
    outcomes: "ผลลัพธ์",
    notes: "หมายเหตุ",
    from_catalogue: "จากคลังมาตรการ",
    own_measure: "มาตรการที่หน่วยงานเขียนเอง",
    targets_heading: "เป้าหมาย: ต้องเพิ่มคะแนนอย่างน้อยเท่าไร และที่ใด",
    targets_method: "วิธีคิด: เพิ่มตัวชี้วัดที่มีน้ำหนักมากก่อน (OIT 20, EIT 10, IIT 6) จนถึงเพดาน เพราะคะแนนที่เพิ่มขึ้นทุก 0.01 ของตัวชี้วัดน้ำหนักมากเพิ่มคะแนนรวมได้มากที่สุด ผลจึงเป็นจำนวนคะแนนที่ต้องเพิ่มรวมน้อยที่สุดจริง",
    goal_pass: "ให้ผ่าน (85.00)",
    goal_85_levels: "ให้ได้ 85.00 ขึ้นไป (ระดับ A ซึ่งเป็นเป้าหมายระดับชาติ)",
    goal_reached: "ถึงแล้วด้วยคะแนนปัจจุบัน",
    col_from: "จาก",
    col_to: "เป็น",
    col_raise: "เพิ่ม",
    use_plan: "ใส่แผนนี้ในช่องคะแนนสมมติ",
    ceilings_summary: "เพดานคะแนนที่คิดว่าทำได้ รายตัวชี้วัด (ค่าเริ่มต้น 100)",
    ceilings_hint: "ลดเพดานของตัวชี้วัดที่คิดว่าเพิ่มไม่ถึง 100 ช่องที่ว่างหมายถึง 100",
    whatif_heading: "ลองสมมติคะแนน",
    whatif_hint: "พิมพ์คะแนนเป้าหมายของตัวชี้วัดที่อยากลอง ช่องที่ว่างใช้คะแนนปัจจุบัน",
    projected_total: "คะแนนรวมที่คาด",
    current_total: "คะแนนรวมปัจจุบัน",
    clear_whatif: "ล้างค่าสมมติ",
    ceiling_purpose: "เพดานคะแนน",
    whatif_purpose: "คะแนนสมมติ",
    nav_charts: "แผนภูมิ",
    charts_heading: "แผนภูมิ",
    download_svg: "ดาวน์โหลด SVG",
    download_png: "ดาวน์โหลด PNG (สำหรับพิมพ์)",
    show_table: "ดูตัวเลขเป็นตาราง",
    history_needs_years: "แผนภูมิคะแนนย้อนหลังจะแสดงเมื่อมีผลครบ 10 ตัวชี้วัดอย่างน้อย 2 ปีงบประมาณ",
    series_whatif: "คะแนนสมมติ",
    years_heading: "ผลการประเมินรายปีงบประมาณ",
    years_label: "ปีที่มีผลแล้ว",
    add_year: "เพิ่มปีงบประมาณ",
    add_year_button: "เพิ่มปี",
    carry_forward: "คัดลอกมาตรการจากปีก่อนหน้ามาด้วย (ผลการดำเนินงานเริ่มใหม่)",
    delete_year: "ลบปีนี้",
    delete_year_confirm: "ลบผลการประเมินของปีนี้หรือไม่? กด “เลิกทำ” เพื่อเอาคืนได้",
    year_deleted: "ลบผลปีงบประมาณแล้ว",
    fiscal_year_taken: "(มีผลแล้ว)",
    fiscal_year_relabel_hint: "ปีงบประมาณของผลชุดที่เปิดอยู่ ปีที่มีผลอยู่แล้วเลือกไม่ได้ ดูหรือเพิ่มปีอื่นที่ “ผลการประเมินรายปีงบประมาณ”",
    nav_years: "ปีงบประมาณ",
    compare_heading: "เปรียบเทียบสองปีงบประมาณ",
    compare_earlier: "ปีก่อน",
    compare_later: "ปีหลัง",
    compare_needs_two: "ต้องมีผลอย่างน้อย 2 ปีงบประมาณจึงจะเปรียบเทียบได้ เพิ่มปีได้ที่ “ผลการประเมินรายปีงบประมาณ”",
    col_change: "เปลี่ยนแปลง",
    col_measures_before: "มาตรการที่มีในปีก่อน",
    compare_total: "คะแนนรวม",
    compare_result: "ผลการประเมิน",
    no_measures: "ไม่มี",
    files_heading: "ไฟล์ผลการประเมิน (ส่งออกและนำเข้า)",
    files_hint: "ไฟล์ .json เก็บผลทุกปีงบประมาณ เกณฑ์ และมาตรการของหน่วยงาน ใช้ส่งให้ผู้บริหาร หน่วยกำกับดูแล หรือเปิดต่อในปีถัดไป ไม่มีการส่งข้อมูลออกทางอินเทอร์เน็ต",
    export_button: "ส่งออกไฟล์ผลการประเมิน (.json)",
    anonymise: "ปกปิดชื่อ (ไม่ใส่ชื่อหน่วยงานและชื่อบุคคล)",
    import_label: "นำเข้าไฟล์ผลการประเมิน",
    import_drop_hint: "หรือลากไฟล์มาวางที่ใดก็ได้บนหน้านี้",
    import_reading: "กำลังอ่านไฟล์…",
    import_refused: "นำเข้าไม่ได้ ข้อมูลในแอปไม่มีการเปลี่ยนแปลง",
    import_preview_heading: "ตรวจสอบก่อนนำเข้า",
    import_years_added: "ปีที่จะเพิ่ม",
    import_years_replaced: "ปีที่จะแทนที่ (ข้อมูลปีนี้ในแอปจะถูกแทนด้วยข้อมูลในไฟล์)",
    import_years_kept: "ปีที่มีในแอปแต่ไม่มีในไฟล์ (คงไว้)",
    import_confirm: "ยืนยันนำเข้า",
    import_cancel: "ยกเลิก",
    import_done: "นำเข้าแล้ว",
    import_undo: "เลิกทำการนำเข้า",
    import_dismiss: "ปิด",
    drop_overlay: "วางไฟล์เพื่อนำเข้า",
    nav_files: "ไฟล์",
    people_heading: "ผู้จัดทำและผู้บริหาร",
    preparer_name: "ชื่อผู้จัดทำ",
    preparer_position: "ตำแหน่งผู้จัดทำ",
    approver_name: "ชื่อผู้บริหาร/ผู้อนุมัติ",
    approver_position: "ตำแหน่งผู้บริหาร",
    nav_compare: "เปรียบเทียบ",
    nav_rollup: "รวมผล",
    rollup_heading: "รวมผลหลายหน่วยงาน (สำหรับหน่วยกำกับดูแล)",
    rollup_hint: "โหลดไฟล์ผลการประเมินของหน่วยงานในความดูแลได้ครั้งละหลายไฟล์ หรือทั้งโฟลเดอร์ ข้อมูลนี้ไม่ถูกบันทึกในเครื่องและไม่ปนกับข้อมูลหน่วยงานของคุณ",
    rollup_pick_files: "เลือกไฟล์ (หลายไฟล์ได้)",
    rollup_pick_folder: "เลือกทั้งโฟลเดอร์",
    rollup_drop: "หรือลากไฟล์มาวางในกรอบนี้",
    rollup_cancel: "หยุดโหลด",
    rollup_clear: "ล้างข้อมูลรวมผล",
    rollup_failures: "ไฟล์ที่อ่านไม่ได้",
    rollup_filters: "กรองข้อมูล",
    rollup_all: "ทั้งหมด",
    rollup_year: "ปีงบประมาณ",
    rollup_type: "ประเภทหน่วยงาน",
    rollup_province: "จังหวัด",
    rollup_result: "ผล",
    rollup_search: "ค้นหาชื่อ",
    rollup_passed: "ผ่าน 85 ขึ้นไป",
    rollup_not_passed: "ต่ำกว่า 85",
    rollup_no_total: "ยังไม่มีคะแนนรวม",
    rollup_col_name: "หน่วยงาน",
    rollup_col_weakest: "ตัวชี้วัดต่ำสุด",
    rollup_summary: "สรุป",
    rollup_averages: "คะแนนเฉลี่ยรายตัวชี้วัด",
    rollup_average_total: "คะแนนรวมเฉลี่ย",
    rollup_export_csv: "ส่งออก CSV (เปิดด้วย Excel ได้)",
    rollup_export_json: "ส่งออก JSON",
    rollup_prev: "‹ ก่อนหน้า",
    rollup_next: "ถัดไป ›",
    rollup_empty: "ยังไม่ได้โหลดไฟล์",
    export_now: "ส่งออกไฟล์ตอนนี้",
    other_tab_taken_in_heading: "งานนี้ถูกแก้ไขในอีกแท็บหนึ่ง",
    other_tab_taken_in_body: "หน้านี้แสดงงานล่าสุดจากแท็บนั้นแล้ว ไม่มีงานใดถูกบันทึกทับ เพื่อไม่ให้สับสน ควรเปิด ITA Self-Check ไว้เพียงแท็บเดียว",
    other_tab_conflict_heading: "งานนี้ถูกแก้ไขพร้อมกันในอีกแท็บหนึ่ง",
    other_tab_conflict_body: "หน้านี้หยุดบันทึกชั่วคราวเพื่อไม่ให้เขียนทับงานของแท็บนั้น เลือกว่าจะเก็บงานของแท็บใด (ส่งออกงานของแท็บนี้เป็นไฟล์ไว้ก่อนได้)",
    other_tab_use_theirs: "ใช้งานจากแท็บอื่น",
    other_tab_keep_mine: "เก็บงานของแท็บนี้ (บันทึกทับ)",
    other_tab_unreadable_heading: "อีกแท็บหนึ่งบันทึกงานที่หน้านี้อ่านไม่ได้",
    other_tab_unreadable_body: "น่าจะเป็น ITA Self-Check รุ่นที่ใหม่กว่า หน้านี้หยุดบันทึกเพื่อไม่ให้เขียนทับ ส่งออกงานของแท็บนี้เป็นไฟล์ไว้ได้ แล้วโหลดหน้านี้ใหม่เพื่อใช้รุ่นเดียวกัน",
    reload_page: "โหลดหน้านี้ใหม่",
    dismiss: "รับทราบ",
    offline_unavailable: "ใช้งานแบบออฟไลน์ไม่ได้จากที่อยู่นี้ (ต้องเปิดผ่าน https หรือจากเครื่องนี้เอง) งานยังบันทึกในเครื่องตามปกติ",
    offline_preparing: "กำลังเตรียมให้ใช้งานแบบออฟไลน์…",
    offline_ready: "ใช้งานแบบออฟไลน์ได้: เปิดหน้านี้ได้แม้ไม่มีอินเทอร์เน็ต",
    update_heading: "ITA Self-Check รุ่นใหม่พร้อมแล้ว",
    update_body: "งานของคุณบันทึกไว้ในเครื่องแล้วและจะอยู่ครบ กดปุ่มเพื่อเปิดรุ่นใหม่ (หน้าจะโหลดใหม่)",
    update_unsaved: "งานบนหน้านี้ยังไม่ได้บันทึกลงเครื่อง ส่งออกเป็นไฟล์ก่อนเปลี่ยนรุ่น",
    update_apply: "เปิดรุ่นใหม่",
    update_confirm_unsaved: "งานบนหน้านี้ยังไม่ได้บันทึกลงเครื่องและจะหายเมื่อโหลดหน้าใหม่ เปลี่ยนรุ่นเลยหรือไม่",
    footer: "ITA Self-Check · ใช้ประเมินตนเองก่อนและหลังการประเมินจริง ผลอย่างเป็นทางการคือผลจากระบบ ITAS ของสำนักงาน ป.ป.ช.",
    skip_link: "ข้ามไปยังเนื้อหาหลัก",
    views_label: "มุมมอง",
    view_work: "งานของหน่วยงาน",
    view_documents: "เอกสารเผยแพร่",
    view_rollup: "รวมผลหลายหน่วยงาน",
    org_district: "อำเภอ/เขต",
    org_district_placeholder: "เช่น เมืองเชียงใหม่",
    docs_heading: "เอกสารสำหรับเผยแพร่",
    docs_pick_label: "เลือกเอกสาร",
    docs_ready: "ข้อมูลครบแล้ว",
    docs_missing_heading: "ยังขาดข้อมูล (เอกสารแสดงช่องว่างไว้ให้เติมด้วยมือ)",
    docs_go_enter: "ไปกรอก",
    docs_settings_heading: "ตั้งค่าเอกสาร",
    docs_results_year: "ผลการประเมินปีงบประมาณ",
    docs_thai_digits: "ใช้เลขไทยในเอกสาร",
    docs_date_announcement: "วันที่ประกาศ",
    docs_date_declaration: "วันที่ประกาศเจตจำนง",
    docs_date_report: "วันที่รายงาน",
    docs_date_hint: "แสดงในเอกสารเป็นปีพุทธศักราช เว้นว่างไว้ถ้าจะเขียนวันที่ด้วยมือ",
    docs_round: "รอบที่รายงาน",
    docs_announcement_table: "แนบตารางมาตรการท้ายประกาศ",
    docs_print: "พิมพ์ / บันทึกเป็น PDF",
    docs_print_hint: "พิมพ์เฉพาะเอกสาร กระดาษ A4 (รายงานผลการดำเนินการเป็นแนวนอน) ขอบซ้าย 3 ซม. ขวา 2 ซม. มีเลขหน้าตั้งแต่หน้า 2",
    docs_drafts_heading: "ข้อความที่แอปร่างให้ (แก้ไขได้)",
    docs_drafts_hint: "ข้อความที่แก้จะบันทึกไว้กับปีงบประมาณนี้และไปกับไฟล์ที่ส่งออก คลิกย่อหน้าในเอกสารเพื่อแก้ได้เช่นกัน",
    docs_draft_edited: "แก้ไขแล้ว",
    docs_draft_reset: "คืนเป็นข้อความเริ่มต้น",
    docs_lang_note: "เอกสารใช้ภาษาเดียวกับหน้าจอ เปลี่ยนภาษาได้ที่ปุ่มด้านบน",
    docs_preview_label: "ตัวอย่างเอกสารขนาด A4",
    docs_docx: "ดาวน์โหลดเป็น Word (.docx)",
    docs_docx_busy: "กำลังสร้างไฟล์ Word…",
    docs_docx_hint: "แก้ไขต่อใน Word ได้ ใช้ฟอนต์ TH SarabunPSK 16 พอยต์",
    paste_summary: "วางคะแนนทั้งชุด",
    paste_label: "วางข้อความที่มีคะแนน: จากหน้าผลของระบบ ITAS แถวหรือคอลัมน์ในสเปรดชีต หรือรายงานที่เผยแพร่",
    paste_hint: "ระบบจะอ่านชื่อตัวชี้วัดในแต่ละบรรทัด (ลำดับที่หน้าบรรทัดไม่ใช่เลขตัวชี้วัด) หรือตัวเลข 10 ตัวเรียงตาม i1–i10 แล้วแสดงให้ตรวจก่อน ยังไม่มีอะไรเปลี่ยนจนกว่าจะกดยืนยัน",
    paste_preview_heading: "คะแนนที่อ่านได้จากข้อความที่วาง",
    paste_now: "ตอนนี้",
    paste_from_text: "จากข้อความ",
    paste_refused: "ใช้ไม่ได้",
    paste_skipped_heading: "บรรทัดที่ไม่ได้ใช้",
    paste_missing: "ตัวชี้วัดที่ไม่พบในข้อความ (คงค่าเดิมไว้)",
    paste_nothing: "ไม่พบคะแนนในข้อความนี้ ไม่มีอะไรเปลี่ยน",
    paste_cancel: "ยกเลิก",
    scorebar_summary: "ดูสรุปผล",
    example_welcome_heading: "เริ่มต้นใช้งาน",
    example_welcome_body: "กรอกชื่อหน่วยงานและคะแนน 10 ตัวชี้วัดด้านล่าง หรือลองดูตัวอย่างที่กรอกไว้ครบก่อน: เทศบาลสมมติ 3 ปีงบประมาณ พร้อมมาตรการและผลการดำเนินการ งานของคุณไม่ถูกแตะต้อง",
    example_try: "ลองด้วยข้อมูลตัวอย่าง",
    example_banner: "คุณกำลังดูข้อมูลตัวอย่าง (หน่วยงานสมมติ) สิ่งที่แก้ในตัวอย่างจะไม่ถูกบันทึก งานของคุณเก็บไว้และจะกลับมาเมื่อปิดตัวอย่าง",
    example_close: "ปิดตัวอย่าง กลับไปที่งานของฉัน",
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
    save_failed_body: "What you entered is still on this page and everything works, but it will be lost when the tab is closed: export it to a file to keep it",

    nav_label: "Sections of the page",
    nav_scores: "Scores",
    nav_analysis: "Analysis",
    nav_measures: "Measures",
    nav_targets: "Targets",
    analysis_heading: "Reading the scores",
    analysis_needs_scores: "Enter all ten scores to see strengths, weaknesses, suggested measures and targets here",
    analysis_bad_thresholds: "The thresholds are not valid: correct them under “Thresholds”",
    rule_heading: "How the scores are read",
    settings_summary: "Thresholds",
    strength_line: "Strength line (from)",
    excellent_line: "Excellent line (from)",
    urgent_line: "Urgent line (below)",
    lowest_urgent: "Always treat the lowest-scoring indicator as urgent",
    reset_thresholds: "Back to the defaults (85 / 95 / 75)",
    ranking_heading: "Indicators from highest to lowest score",
    col_rank: "Rank",
    col_indicator: "Indicator",
    col_score: "Score",
    col_weight: "Weight",
    col_gap: "Points lost against the line",
    col_standing: "Standing",
    strengths_heading: "Strengths",
    strengths_none: "No indicator reaches the strength line yet",
    to_develop_heading: "To develop",
    to_develop_none: "Every indicator reaches the strength line",
    weakness_order: "Ordered by the points lost, largest first (weight × shortfall ÷ 100)",
    urgent_heading: "Weaknesses to fix urgently",
    urgent_none: "No urgent weakness under the thresholds set",
    urgent_lowest: "lowest",
    tool_focus_heading: "What each tool most needs",
    tool_focus_fine: "meets the line, but is this tool's lowest",
    measures_heading: "Internal integrity and transparency measures",
    suggestions_heading: "Suggested measures",
    suggestions_note: "Ordered by the points lost on the indicators to develop that each measure serves",
    always_suggested: "Suggested every year",
    serves: "Indicators served",
    adopted: "In the plan",
    see_steps: "Details and steps",
    catalogue_loading: "Loading the measures' details…",
    catalogue_failed: "The measures' details could not be loaded, so catalogue measures, the example and the documents are not available yet. Check the connection and try again.",
    sections_loading: "Loading the rest of the page: analysis, charts, measures, targets and files… You can enter scores meanwhile.",
    sections_failed: "The rest of the page (analysis, charts, measures, targets and files) could not be loaded. The scores you entered are all kept. Check the internet connection and try again.",
    try_again: "Try again",
    guideline: "Guideline",
    steps: "Steps",
    steps_hint: "One step per line",
    responsible: "Responsible",
    period: "Period",
    monitoring: "Monitoring",
    expected_outputs: "Expected outputs",
    expected_outcomes: "Expected outcomes",
    plan_empty: "The plan is empty: adopt a suggested measure above, or write your own",
    add_own: "+ Write a measure",
    measure_name: "Measure",
    untitled: "(untitled)",
    indicators_legend: "Indicators this measure raises",
    remove: "Remove from the plan",
    undo: "Undo",
    progress_heading: "Progress on the measure",
    status: "Status",
    done: "What was done",
    outputs: "Outputs",
    outcomes: "Outcomes",
    notes: "Notes",
    from_catalogue: "From the catalogue",
    own_measure: "Written by the agency",
    targets_heading: "Targets: the least to raise, and where",
    targets_method: "Method: raise the heaviest indicators first (OIT 20, EIT 10, IIT 6) up to their ceilings, since each 0.01 there adds most to the total; the result is truly the least total raise",
    goal_pass: "To pass (85.00)",
    goal_85_levels: "To reach 85.00 (level A, the national target)",
    goal_reached: "Already reached with the current scores",
    col_from: "From",
    col_to: "To",
    col_raise: "Raise",
    use_plan: "Put this plan into the what-if fields",
    ceilings_summary: "Highest reachable score per indicator (default 100)",
    ceilings_hint: "Lower the ceiling where 100 is out of reach; an empty field means 100",
    whatif_heading: "What if",
    whatif_hint: "Type target scores to try; an empty field keeps the current score",
    projected_total: "Projected total",
    current_total: "Current total",
    clear_whatif: "Clear the what-if",
    ceiling_purpose: "Ceiling",
    whatif_purpose: "What-if score",
    nav_charts: "Charts",
    charts_heading: "Charts",
    download_svg: "Download SVG",
    download_png: "Download PNG (print quality)",
    show_table: "See the numbers as a table",
    history_needs_years: "The results-over-the-years chart appears once at least two fiscal years have all ten scores",
    series_whatif: "What-if scores",
    years_heading: "Results by fiscal year",
    years_label: "Years with results",
    add_year: "Add a fiscal year",
    add_year_button: "Add",
    carry_forward: "Carry the previous year's measures forward (progress starts afresh)",
    delete_year: "Delete this year",
    delete_year_confirm: "Delete this year's results? “Undo” brings them back",
    year_deleted: "Fiscal year deleted",
    fiscal_year_taken: "(has results)",
    fiscal_year_relabel_hint: "The fiscal year of the results open now; years that already have results cannot be chosen. Open or add other years under “Results by fiscal year”",
    nav_years: "Years",
    compare_heading: "Compare two fiscal years",
    compare_earlier: "Earlier year",
    compare_later: "Later year",
    compare_needs_two: "Comparing needs results for at least two fiscal years: add a year under “Results by fiscal year”",
    col_change: "Change",
    col_measures_before: "Measures in place in the earlier year",
    compare_total: "Total",
    compare_result: "Result",
    no_measures: "none",
    files_heading: "Results files (export and import)",
    files_hint: "A .json file holds every fiscal year, the thresholds and the measures. Share it with your executives or supervising office, or open it again next year. Nothing is sent over the internet",
    export_button: "Export the results file (.json)",
    anonymise: "Anonymise (leave out the organisation's and people's names)",
    import_label: "Import a results file",
    import_drop_hint: "or drop a file anywhere on this page",
    import_reading: "Reading the file…",
    import_refused: "Not imported: nothing in the app has changed",
    import_preview_heading: "Check before importing",
    import_years_added: "Years to be added",
    import_years_replaced: "Years to be replaced (the app's data for these years gives way to the file's)",
    import_years_kept: "Years in the app but not in the file (kept)",
    import_confirm: "Import",
    import_cancel: "Cancel",
    import_done: "Imported",
    import_undo: "Undo the import",
    import_dismiss: "Close",
    drop_overlay: "Drop the file to import it",
    nav_files: "Files",
    people_heading: "Prepared and approved by",
    preparer_name: "Prepared by (name)",
    preparer_position: "Position",
    approver_name: "Approved by (name)",
    approver_position: "Position",
    nav_compare: "Compare",
    nav_rollup: "Roll-up",
    rollup_heading: "Roll-up of many organisations (for supervising offices)",
    rollup_hint: "Load the results files of the organisations you supervise, many at once or a whole folder. This is not saved on the device and never mixes with your own organisation's data",
    rollup_pick_files: "Choose files (several at once)",
    rollup_pick_folder: "Choose a whole folder",
    rollup_drop: "or drop files into this box",
    rollup_cancel: "Stop loading",
    rollup_clear: "Clear the roll-up",
    rollup_failures: "Files that could not be read",
    rollup_filters: "Filters",
    rollup_all: "All",
    rollup_year: "Fiscal year",
    rollup_type: "Type",
    rollup_province: "Province",
    rollup_result: "Result",
    rollup_search: "Search names",
    rollup_passed: "85 or more",
    rollup_not_passed: "Below 85",
    rollup_no_total: "No total yet",
    rollup_col_name: "Organisation",
    rollup_col_weakest: "Weakest",
    rollup_summary: "Summary",
    rollup_averages: "Average score by indicator",
    rollup_average_total: "Average total",
    rollup_export_csv: "Export CSV (opens in Excel)",
    rollup_export_json: "Export JSON",
    rollup_prev: "‹ Previous",
    rollup_next: "Next ›",
    rollup_empty: "No files loaded yet",
    export_now: "Export a file now",
    other_tab_taken_in_heading: "This work was changed in another tab",
    other_tab_taken_in_body: "This page now shows the latest work from that tab; nothing was overwritten. To avoid confusion, keep ITA Self-Check open in one tab only.",
    other_tab_conflict_heading: "This work was changed in another tab at the same time",
    other_tab_conflict_body: "This page has stopped saving so as not to overwrite that tab's work. Choose whose work to keep (you can export this tab's work to a file first).",
    other_tab_use_theirs: "Use the other tab's work",
    other_tab_keep_mine: "Keep this tab's work (overwrite)",
    other_tab_unreadable_heading: "Another tab saved work this page cannot read",
    other_tab_unreadable_body: "Most likely a newer version of ITA Self-Check. This page has stopped saving so as not to overwrite it. Export this tab's work to a file if you need it, then reload this page to use the same version.",
    reload_page: "Reload this page",
    dismiss: "OK",
    offline_unavailable: "Offline use is not available from this address (it needs https, or this computer itself); work is still saved on this device",
    offline_preparing: "Getting ready for offline use…",
    offline_ready: "Ready for offline use: this page opens with no internet",
    update_heading: "A new version of ITA Self-Check is ready",
    update_body: "Your work is saved on this device and stays as it is. Switch to the new version when you are ready (the page reloads).",
    update_unsaved: "The work on this page is not saved on this device: export it to a file before switching",
    update_apply: "Switch to the new version",
    update_confirm_unsaved: "The work on this page is not saved on this device and will be lost when the page reloads. Switch anyway?",
    footer: "ITA Self-Check · for self-assessment before and after the official run; the official result is the one NACC's ITAS system reports",
    skip_link: "Skip to main content",
    views_label: "Views",
    view_work: "Our assessment",
    view_documents: "Documents",
    view_rollup: "Roll-up of agencies",
    org_district: "District",
    org_district_placeholder: "e.g. Mueang Chiang Mai",
    docs_heading: "Documents to publish",
    docs_pick_label: "Choose a document",
    docs_ready: "Everything is entered",
    docs_missing_heading: "Still missing (the document leaves blanks to fill in by hand)",
    docs_go_enter: "enter it",
    docs_settings_heading: "Document settings",
    docs_results_year: "Results of fiscal year",
    docs_thai_digits: "Write numbers in Thai digits",
    docs_date_announcement: "Date of the announcement",
    docs_date_declaration: "Date of the declaration",
    docs_date_report: "Date of the report",
    docs_date_hint: "Shown in the Buddhist Era; leave empty to write the date by hand",
    docs_round: "Round covered",
    docs_announcement_table: "Add the measures as a table after the announcement",
    docs_print: "Print / save as PDF",
    docs_print_hint: "Prints the document only: A4 (the implementation report landscape), left margin 3 cm, right 2 cm, page numbers from page 2",
    docs_drafts_heading: "Paragraphs the app drafts (you can rewrite them)",
    docs_drafts_hint: "What you rewrite is kept with this fiscal year and travels in exported files. Clicking a paragraph in the document also opens it here",
    docs_draft_edited: "rewritten",
    docs_draft_reset: "Back to the app's text",
    docs_lang_note: "Documents follow the interface language: switch it with the button at the top",
    docs_preview_label: "A4 preview of the document",
    docs_docx: "Download as Word (.docx)",
    docs_docx_busy: "Making the Word file…",
    docs_docx_hint: "Editable in Word; set in 16 pt TH SarabunPSK",
    paste_summary: "Paste all the scores at once",
    paste_label: "Paste text holding the scores: from the ITAS results page, a spreadsheet row or column, or a published report",
    paste_hint: "Each line's indicator is read by its name (a line's number is not the indicator's), or ten numbers in order i1–i10; you check the reading before anything changes",
    paste_preview_heading: "Scores read from the paste",
    paste_now: "Now",
    paste_from_text: "From the paste",
    paste_refused: "Refused",
    paste_skipped_heading: "Lines not used",
    paste_missing: "Indicators not in the paste (kept as they are)",
    paste_nothing: "No scores found in this text; nothing changes",
    paste_cancel: "Cancel",
    scorebar_summary: "See the summary",
    example_welcome_heading: "Getting started",
    example_welcome_body: "Enter your organisation and its ten scores below, or first look around a complete example: an invented municipality with three fiscal years, measures and recorded rounds. Your own work is not touched",
    example_try: "Try with example data",
    example_banner: "You are looking at example data (an invented agency). Nothing changed in the example is saved; your own work is kept and comes back when you close it",
    example_close: "Close the example, back to my work",
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

/// "Adopt into the 2569 plan".
pub fn adopt_into(lang: Lang, fiscal_year: u16) -> String {
    lang.pick(
        format!("เพิ่มเข้าแผนปี {fiscal_year}"),
        format!("Adopt into the {fiscal_year} plan"),
    )
}

/// Heading of the plan drawn from a year's results: the plan runs in the year after.
pub fn plan_heading(lang: Lang, results_year: u16, plan_year: u16) -> String {
    lang.pick(
        format!("แผนมาตรการปีงบประมาณ {plan_year} (จากผลการประเมินปี {results_year})"),
        format!("Measures plan for fiscal year {plan_year} (from the {results_year} results)"),
    )
}

/// Why a measure is suggested: the indicators it serves and the points at stake.
pub fn suggestion_reason(lang: Lang, codes: &str, stake: &str) -> String {
    lang.pick(
        format!("ช่วยยกระดับ {codes} · คะแนนที่เสียไปรวม {stake}"),
        format!("Raises {codes} · {stake} points lost there"),
    )
}

/// Shown after a measure is removed, with an undo button.
pub fn removed_measure(lang: Lang, name: &str) -> String {
    lang.pick(
        format!("นำ “{name}” ออกจากแผนแล้ว"),
        format!("“{name}” was removed from the plan"),
    )
}

/// "Round at 6 months".
pub fn round_label(lang: Lang, month: u8) -> String {
    lang.pick(format!("รอบ {month} เดือน"), format!("At {month} months"))
}

/// "below 75.00", as a reason for urgency.
pub fn below_line(lang: Lang, line: &str) -> String {
    lang.pick(format!("ต่ำกว่า {line}"), format!("below {line}"))
}

/// Heading of a target plan for reaching a level.
pub fn goal_level(lang: Lang, level: &str, from: &str) -> String {
    lang.pick(
        format!("ให้ขึ้นเป็นระดับ {level} ({from} ขึ้นไป)"),
        format!("To reach level {level} ({from} or more)"),
    )
}

/// A reachable target plan in one sentence.
pub fn plan_sentence(lang: Lang, points: &str, total: &str) -> String {
    lang.pick(
        format!("ต้องเพิ่มรวมอย่างน้อย {points} คะแนน (รวมทุกตัวชี้วัด) แล้วคะแนนรวมจะเป็น {total}"),
        format!(
            "Raise the indicators by at least {points} points in all; the total becomes {total}"
        ),
    )
}

/// An unreachable target in one sentence.
pub fn unreachable_sentence(lang: Lang, best: &str) -> String {
    lang.pick(
        format!("ไปไม่ถึงภายใต้เพดานที่ตั้งไว้: แม้ทุกตัวชี้วัดได้เต็มเพดาน คะแนนรวมสูงสุดเพียง {best}"),
        format!("Out of reach under the ceilings set: with every indicator at its ceiling the total is only {best}"),
    )
}

/// The radar's name for the current scores: "คะแนนปี 2569".
pub fn series_current(lang: Lang, fiscal_year: u16) -> String {
    lang.pick(
        format!("คะแนนปี {fiscal_year}"),
        format!("Scores {fiscal_year}"),
    )
}

/// Shown when a PNG could not be made.
pub fn png_failed(lang: Lang, reason: &str) -> String {
    lang.pick(
        format!("สร้างไฟล์ PNG ไม่สำเร็จ: {reason}"),
        format!("The PNG could not be made: {reason}"),
    )
}

/// "เพิ่ม 2 ปี แทนที่ 1 ปี": what an import did.
pub fn import_summary(lang: Lang, added: usize, replaced: usize) -> String {
    lang.pick(
        format!("นำเข้าแล้ว: เพิ่ม {added} ปี แทนที่ {replaced} ปี"),
        format!("Imported: {added} year(s) added, {replaced} replaced"),
    )
}

/// Shown when the file's organisation has another name than the app's.
pub fn import_renames(lang: Lang, before: &str, after: &str) -> String {
    lang.pick(
        format!("ชื่อหน่วยงานในไฟล์ (“{after}”) ต่างจากในแอป (“{before}”): การนำเข้าจะใช้ข้อมูลหน่วยงานจากไฟล์"),
        format!("The file's organisation (“{after}”) differs from the app's (“{before}”): importing takes the file's"),
    )
}

/// "ไฟล์: ชื่อ.json".
pub fn file_named(lang: Lang, name: &str) -> String {
    lang.pick(format!("ไฟล์: {name}"), format!("File: {name}"))
}

/// The tab of a fiscal year.
pub fn year_tab(lang: Lang, year: u16) -> String {
    lang.pick(format!("ปี {year}"), format!("{year}"))
}

/// "Loaded 8 317 of 8 317 files".
pub fn rollup_progress(lang: Lang, done: usize, total: usize) -> String {
    lang.pick(
        format!("อ่านแล้ว {done} จาก {total} ไฟล์"),
        format!("Read {done} of {total} files"),
    )
}

/// The share passing against the national target, in words.
pub fn rollup_share(lang: Lang, share: &str, passed: usize, counted: usize, meets: bool) -> String {
    let verdict = match meets {
        true => lang.pick("ถึงเป้าหมายระดับชาติ 80%", "meets the national target of 80%"),
        false => lang.pick(
            "ยังต่ำกว่าเป้าหมายระดับชาติ 80%",
            "below the national target of 80%",
        ),
    };
    lang.pick(
        format!("ผ่าน 85 ขึ้นไป {share}% ({passed} จาก {counted} หน่วยงาน) {verdict}"),
        format!("{share}% at 85 or more ({passed} of {counted}): {verdict}"),
    )
}

/// How many rows the table shows.
pub fn rollup_rows(lang: Lang, shown: usize, total: usize) -> String {
    lang.pick(
        format!("แสดง {shown} แถว จากทั้งหมด {total} แถว"),
        format!("{shown} of {total} rows"),
    )
}

/// How long loading took.
pub fn rollup_timing(
    lang: Lang,
    files: usize,
    total_ms: f64,
    read_ms: f64,
    parse_ms: f64,
    summary_ms: f64,
) -> String {
    lang.pick(
        format!(
            "โหลด {files} ไฟล์ใน {total_ms:.0} มิลลิวินาที (อ่านไฟล์ {read_ms:.0}, ตรวจและคำนวณ {parse_ms:.0}, สรุป {summary_ms:.1})"
        ),
        format!(
            "Loaded {files} files in {total_ms:.0} ms (reading {read_ms:.0}, checking and scoring {parse_ms:.0}, summarising {summary_ms:.1})"
        ),
    )
}

/// Files skipped because they are not .json.
pub fn rollup_skipped(lang: Lang, count: usize) -> String {
    lang.pick(
        format!("ข้ามไฟล์ที่ไม่ใช่ .json {count} ไฟล์"),
        format!("{count} file(s) that are not .json skipped"),
    )
}

/// The failures not listed, past the first [`FAILURES_LISTED`].
pub fn rollup_more_failures(lang: Lang, count: usize) -> String {
    lang.pick(
        format!("และอีก {count} ไฟล์ (ไม่แสดงรายการ)"),
        format!("and {count} more file(s), not listed"),
    )
}

/// Failed files listed by name; more than this are counted only.
pub const FAILURES_LISTED: usize = 200;

/// "Page 2 of 17".
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    lang.pick(
        format!("หน้า {page} จาก {pages}"),
        format!("Page {page} of {pages}"),
    )
}

/// How the documents' years follow from the results: N's analysis, N + 1's measures.
pub fn docs_years(lang: Lang, results_year: u16, plan_year: u16) -> String {
    lang.pick(
        format!("เอกสารของผลการประเมินปี {results_year}: รายงานการวิเคราะห์ระบุปี {results_year} ส่วนประกาศมาตรการ ประกาศเจตจำนง และรายงานผลการดำเนินการ ระบุปี {plan_year} ซึ่งเป็นปีที่ดำเนินมาตรการ"),
        format!("Documents of the {results_year} results: the analysis names {results_year}; the measures announcement, the declaration and the implementation report name {plan_year}, the year the measures are carried out"),
    )
}

/// "หน้า 2 จาก 5", for a sheet of the preview.
pub fn page_n_of(lang: Lang, page: usize, pages: usize) -> String {
    lang.pick(
        format!("หน้า {page} จาก {pages}"),
        format!("Page {page} of {pages}"),
    )
}

/// "ยังขาด 2 รายการ": how much a document still lacks.
pub fn docs_gaps(lang: Lang, count: usize) -> String {
    lang.pick(
        format!("ยังขาด {count} รายการ"),
        format!("{count} thing(s) missing"),
    )
}

/// Why the Word file could not be made.
pub fn docx_failed(lang: Lang, reason: &str) -> String {
    lang.pick(
        format!("สร้างไฟล์ Word ไม่สำเร็จ: {reason}"),
        format!("The Word file could not be made: {reason}"),
    )
}

/// The confirm button of a paste: "ใช้คะแนน 10 ตัวชี้วัด".
pub fn paste_confirm(lang: Lang, count: usize) -> String {
    lang.pick(
        format!("ใช้คะแนน {count} ตัวชี้วัดนี้"),
        format!("Use these {count} scores"),
    )
}

/// After a paste, with its undo.
pub fn paste_done(lang: Lang, count: usize) -> String {
    lang.pick(
        format!("กรอกคะแนนจากข้อความที่วางแล้ว {count} ตัวชี้วัด"),
        format!("{count} scores filled from the paste"),
    )
}

/// "บรรทัด 3": where a paste's line was.
pub fn paste_line(lang: Lang, line: usize) -> String {
    lang.pick(format!("บรรทัด {line}"), format!("line {line}"))
}

/// Why a pasted line was not used.
pub fn paste_skip(lang: Lang, why: &crate::domain::paste::Skip) -> String {
    use crate::domain::paste::Skip;
    match why {
        Skip::NoIndicator => lang
            .pick("ไม่พบชื่อตัวชี้วัดที่รู้จัก", "no indicator named that the app knows")
            .to_owned(),
        Skip::NoScore(i) => lang.pick(
            format!("พบ {} แต่ไม่มีคะแนนในบรรทัดนี้", i.code()),
            format!("names {} but has no score", i.code()),
        ),
        Skip::TotalOrLevel => lang
            .pick(
                "เป็นคะแนนรวมหรือผลการประเมิน ไม่ใช่คะแนนตัวชี้วัด",
                "a total or a result, not an indicator's score",
            )
            .to_owned(),
        Skip::Duplicate(i) => lang.pick(
            format!("{} มีคะแนนในบรรทัดก่อนหน้าแล้ว จึงใช้ค่าแรก", i.code()),
            format!(
                "{} was given on an earlier line: the first is used",
                i.code()
            ),
        ),
        Skip::NoNumber => lang
            .pick(
                "ไม่มีตัวเลข (หัวข้อหรือข้อความ)",
                "no number (a heading or a note)",
            )
            .to_owned(),
    }
}

/// Numbers found with no indicator to give them to.
pub fn paste_loose(lang: Lang, count: usize) -> String {
    lang.pick(
        format!("พบตัวเลข {count} ตัวแต่ไม่มีชื่อตัวชี้วัด: ต้องมีตัวเลขครบ 10 ตัวเรียงตาม i1–i10 หรือบรรทัดที่ระบุชื่อตัวชี้วัด"),
        format!("{count} numbers with no indicator named: give ten numbers in order i1–i10, or lines that name their indicators"),
    )
}
