//! Who is being assessed: name, kind, district and province, and the people the documents name.

use yew::prelude::*;

use crate::domain::{Lang, OrgType, Province, PROVINCES};
use crate::events::{on_select, on_text};
use crate::hooks::{use_painted, use_selected_options};
use crate::i18n::{self, texts};
use crate::state::{Action, Organisation, PersonField, State};

/// Props of [`OrganisationForm`]: only what it shows, so that a score edit passes it by.
#[derive(Properties, PartialEq, Clone)]
pub struct OrganisationFormProps {
    /// The organisation as entered.
    pub organisation: Organisation,
    /// Interface language.
    pub lang: Lang,
    /// Where the edits go.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// The organisation's name, type and province (picked by typing from the 77).
#[component]
pub fn OrganisationForm(props: &OrganisationFormProps) -> Html {
    let (organisation, lang) = (&props.organisation, props.lang);
    let root = use_selected_options();
    // The 77 provinces' suggestions (154 nodes) are seen only once the field is typed in, and
    // the people's fields only once their section, closed when empty, is opened.
    let painted = use_painted();
    let t = texts(lang);
    let dispatch = |action: fn(String) -> Action| {
        let dispatcher = props.dispatcher.clone();
        on_text(move |text| dispatcher.dispatch(action(text)))
    };
    let on_name = dispatch(Action::SetOrgName);
    let on_type = {
        let dispatcher = props.dispatcher.clone();
        on_select(move |code| dispatcher.dispatch(Action::SetOrgType(OrgType::from_code(&code))))
    };
    let on_province = dispatch(Action::SetProvince);
    let on_district = dispatch(Action::SetDistrict);

    let person_field = |field: PersonField, id: &'static str, label: &'static str| {
        let oninput = {
            let dispatcher = props.dispatcher.clone();
            on_text(move |text| dispatcher.dispatch(Action::SetPerson(field, text)))
        };
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input id={id} data-testid={id} type="text" autocomplete="off"
                    value={field.get(organisation).to_owned()} {oninput} />
            </div>
        }
    };
    let typed_province = organisation.province.trim();
    let province_note = match Province::find(typed_province) {
        _ if typed_province.is_empty() => Html::default(),
        Some(province) => html! {
            <p class="field-note ok" id="org-province-note">
                { format!("✓ {} · {}", province.th, province.en) }
            </p>
        },
        None => html! {
            <p class="field-note warn" id="org-province-note" data-testid="province-warning">
                { i18n::unknown_province(lang, typed_province) }
            </p>
        },
    };
    let selected_type = organisation.org_type.map(OrgType::code).unwrap_or_default();
    let people_open = !organisation.prepared_by.is_empty() || !organisation.approved_by.is_empty();

    html! {
        <section ref={root} class="card" id="organisation" aria-labelledby="org-heading">
            <h2 id="org-heading">{ t.org_heading }</h2>
            <div class="grid-2">
                <div class="field">
                    <label for="org-name">{ t.org_name }</label>
                    <input
                        id="org-name"
                        data-testid="org-name"
                        type="text"
                        autocomplete="organization"
                        placeholder={t.org_name_placeholder}
                        value={organisation.name.clone()}
                        oninput={on_name}
                    />
                </div>
                <div class="field">
                    <label for="org-type">{ t.org_type }</label>
                    <select id="org-type" data-testid="org-type" onchange={on_type}>
                        <option value="" selected={selected_type.is_empty()}>{ t.org_type_none }</option>
                        { for OrgType::ALL.iter().map(|kind| html! {
                            <option value={kind.code()} selected={kind.code() == selected_type}>
                                { kind.label(lang) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="org-district">{ t.org_district }</label>
                    <input
                        id="org-district"
                        data-testid="org-district"
                        type="text"
                        autocomplete="off"
                        placeholder={t.org_district_placeholder}
                        value={organisation.district.clone()}
                        oninput={on_district}
                    />
                </div>
                <div class="field">
                    <label for="org-province">{ t.province }</label>
                    <input
                        id="org-province"
                        data-testid="org-province"
                        type="text"
                        list="province-list"
                        autocomplete="off"
                        placeholder={t.province_placeholder}
                        aria-describedby="org-province-note"
                        value={organisation.province.clone()}
                        oninput={on_province}
                    />
                    if painted {
                        <datalist id="province-list">
                            { for PROVINCES.iter().map(|p| html! {
                                <option value={p.name(lang)}>{ p.name(lang.toggled()) }</option>
                            }) }
                        </datalist>
                    }
                    { province_note }
                </div>
            </div>
            <details class="people" id="people" open={people_open}>
                <summary>{ t.people_heading }</summary>
                if people_open || painted {
                    <div class="grid-2">
                        { person_field(PersonField::PreparerName, "preparer-name", t.preparer_name) }
                        { person_field(PersonField::PreparerPosition, "preparer-position", t.preparer_position) }
                        { person_field(PersonField::ApproverName, "approver-name", t.approver_name) }
                        { person_field(PersonField::ApproverPosition, "approver-position", t.approver_position) }
                    </div>
                }
            </details>
        </section>
    }
}
