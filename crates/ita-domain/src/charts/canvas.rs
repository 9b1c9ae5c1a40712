//! A thin layer over plotters' SVG backend: pixel coordinates, the app's fonts and palette,
//! and the accessible wrapping (`role`, `<title>`, `<desc>`) of the finished SVG.

use plotters::coord::Shift;
use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontFamily, FontStyle, IntoFont, RGBColor, ShapeStyle, TextStyle};

use super::ChartError;
use crate::text::xml_allowed;

/// Thai-capable fonts first, all installed locally or by the system: never fetched.
pub const FONT: &str =
    "Sarabun, 'Noto Sans Thai', 'Leelawadee UI', Loma, Garuda, Tahoma, sans-serif";

/// Okabe–Ito colours: told apart with every common colour-vision deficiency.
pub mod palette {
    use plotters::style::RGBColor;

    /// Blue: a strength, the current scores.
    pub const BLUE: RGBColor = RGBColor(0, 114, 178);
    /// Bluish green: excellent.
    pub const GREEN: RGBColor = RGBColor(0, 158, 115);
    /// Orange: to develop, what-if targets.
    pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
    /// Vermillion: urgent.
    pub const VERMILLION: RGBColor = RGBColor(213, 94, 0);
    /// Sky blue: a second series.
    pub const SKY: RGBColor = RGBColor(86, 180, 233);
    /// Reddish purple: another series.
    pub const PURPLE: RGBColor = RGBColor(204, 121, 167);
    /// Yellow: another series.
    pub const YELLOW: RGBColor = RGBColor(240, 228, 66);
    /// Text and axes.
    pub const INK: RGBColor = RGBColor(27, 36, 48);
    /// Secondary text.
    pub const MUTED: RGBColor = RGBColor(90, 100, 114);
    /// Grid lines.
    pub const GRID: RGBColor = RGBColor(213, 218, 225);
    /// Empty bar tracks.
    pub const TRACK: RGBColor = RGBColor(238, 241, 245);
    /// Last year and other past data.
    pub const GREY: RGBColor = RGBColor(140, 140, 140);
    /// Background.
    pub const WHITE: RGBColor = RGBColor(255, 255, 255);
}

/// Where a text's anchor sits: start, middle or end, horizontally; top, middle or bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Left end, vertically centred.
    Start,
    /// Centred both ways.
    Middle,
    /// Right end, vertically centred.
    End,
    /// Centred horizontally, hanging from the point.
    Below,
    /// Centred horizontally, standing on the point.
    Above,
    /// Left end, hanging from the point.
    StartBelow,
}

impl Anchor {
    fn pos(self) -> Pos {
        match self {
            Anchor::Start => Pos::new(HPos::Left, VPos::Center),
            Anchor::Middle => Pos::new(HPos::Center, VPos::Center),
            Anchor::End => Pos::new(HPos::Right, VPos::Center),
            Anchor::Below => Pos::new(HPos::Center, VPos::Top),
            Anchor::Above => Pos::new(HPos::Center, VPos::Bottom),
            Anchor::StartBelow => Pos::new(HPos::Left, VPos::Top),
        }
    }
}

/// Draws on an SVG in pixel coordinates, (0, 0) at the top left.
pub struct Pen<'a, 'b> {
    area: &'a DrawingArea<SVGBackend<'b>, Shift>,
    /// Colours used for dashed lines, remembered so that [`draw`] can dash them.
    dashed: std::cell::RefCell<Vec<RGBColor>>,
}

/// plotters draws a dashed line as one element per dash; to keep the SVG small a dashed
/// line is drawn as one solid polyline in a stand-in colour (the real one with the lowest
/// bit of blue flipped), which [`draw`] then rewrites to the real colour with
/// `stroke-dasharray`.
fn stand_in(color: RGBColor) -> RGBColor {
    RGBColor(color.0, color.1, color.2 ^ 1)
}

fn hex(color: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

type Drawn = Result<(), ChartError>;

fn failed<E: std::fmt::Debug>(error: E) -> ChartError {
    ChartError::Drawing(format!("{error:?}"))
}

impl Pen<'_, '_> {
    /// A filled rectangle.
    pub fn rect(&self, from: (i32, i32), to: (i32, i32), fill: RGBColor) -> Drawn {
        self.area
            .draw(&Rectangle::new([from, to], fill.filled()))
            .map_err(failed)
    }

    /// A rectangle's outline.
    pub fn outline(&self, from: (i32, i32), to: (i32, i32), color: RGBColor, width: u32) -> Drawn {
        self.area
            .draw(&Rectangle::new([from, to], color.stroke_width(width)))
            .map_err(failed)
    }

    /// A solid line through the points.
    pub fn line(&self, points: Vec<(i32, i32)>, color: RGBColor, width: u32) -> Drawn {
        self.area
            .draw(&PathElement::new(points, color.stroke_width(width)))
            .map_err(failed)
    }

    /// A dashed line through the points.
    pub fn dashed(&self, points: Vec<(i32, i32)>, color: RGBColor, width: u32) -> Drawn {
        let mut dashed = self.dashed.borrow_mut();
        if !dashed.contains(&color) {
            dashed.push(color);
        }
        self.line(points, stand_in(color), width)
    }

    /// A filled polygon, see-through by `opacity`.
    pub fn polygon(&self, points: Vec<(i32, i32)>, color: RGBColor, opacity: f64) -> Drawn {
        let style: ShapeStyle = color.mix(opacity).filled();
        self.area.draw(&Polygon::new(points, style)).map_err(failed)
    }

    /// A circle, filled or outlined.
    pub fn circle(&self, center: (i32, i32), radius: i32, color: RGBColor, filled: bool) -> Drawn {
        let style = if filled {
            color.filled()
        } else {
            color.stroke_width(2)
        };
        self.area
            .draw(&Circle::new(center, radius, style))
            .map_err(failed)
    }

    /// Text of `size` pixels at a point. Plotters escapes the text for SVG.
    pub fn text(
        &self,
        text: &str,
        at: (i32, i32),
        size: f64,
        color: &'static RGBColor,
        anchor: Anchor,
    ) -> Drawn {
        self.styled_text(text, at, size, color, anchor, false)
    }

    /// Bold text.
    pub fn bold(
        &self,
        text: &str,
        at: (i32, i32),
        size: f64,
        color: &'static RGBColor,
        anchor: Anchor,
    ) -> Drawn {
        self.styled_text(text, at, size, color, anchor, true)
    }

    /// A chart's heading: its title, and under it the line that says whose and which year
    /// (left out when empty).
    pub fn heading(&self, title: &str, subtitle: &str) -> Drawn {
        self.bold(title, (16, 24), 18.0, &palette::INK, Anchor::Start)?;
        if subtitle.is_empty() {
            return Ok(());
        }
        self.text(subtitle, (16, 48), 13.0, &palette::MUTED, Anchor::Start)
    }

    fn styled_text(
        &self,
        text: &str,
        at: (i32, i32),
        size: f64,
        color: &'static RGBColor,
        anchor: Anchor,
        bold: bool,
    ) -> Drawn {
        // The SVG backend writes font-size as size ÷ 1.24: scale up so the SVG says `size`.
        let style = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let font = (FontFamily::Name(FONT), size * 1.24, style).into_font();
        let text_style = TextStyle::from(font).color(color).pos(anchor.pos());
        // Plotters escapes markup but keeps characters XML forbids, which would make the SVG
        // unreadable (a NUL typed in a name): they go.
        let text: String = text.chars().filter(|&c| xml_allowed(c)).collect();
        self.area
            .draw(&Text::new(text, at, text_style))
            .map_err(failed)
    }
}

/// Draws a `width` × `height` SVG with `paint`, then makes it an accessible image with
/// `title` and `description` (escaped). `id` makes the title's id unique on the page.
pub fn draw(
    id: &str,
    (width, height): (u32, u32),
    title: &str,
    description: &str,
    paint: impl FnOnce(&Pen) -> Drawn,
) -> Result<String, ChartError> {
    let mut svg = String::new();
    let dashed = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&palette::WHITE).map_err(failed)?;
        let pen = Pen {
            area: &root,
            dashed: Default::default(),
        };
        paint(&pen)?;
        root.present().map_err(failed)?;
        pen.dashed.into_inner()
    };
    for color in dashed {
        let from = format!("stroke=\"{}\"", hex(stand_in(color)));
        let to = format!("stroke=\"{}\" stroke-dasharray=\"6 4\"", hex(color));
        svg = svg.replace(&from, &to);
    }
    Ok(label_svg(&svg, id, title, description))
}

/// Adds `role="img"`, `aria-labelledby` and the `<title>` and `<desc>` to plotters' SVG, and
/// states the font once on the root instead of on every text (a third of the bytes).
fn label_svg(svg: &str, id: &str, title: &str, description: &str) -> String {
    let id = escape_xml(id);
    let font = escape_xml(FONT);
    let svg = svg.replace(&format!(" font-family=\"{font}\""), "");
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(open_end);
    format!(
        "{open} font-family=\"{font}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart-svg\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>{}",
        escape_xml(title),
        escape_xml(description),
        &rest[1..]
    )
}

/// Text made safe for XML content and attribute values (characters XML forbids dropped).
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|&c| xml_allowed(c)) {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
    out
}

/// Pixel position of `value` on a scale from `min` to `max` drawn from `from` to `to`
/// (rounded to the nearest pixel; `to` may be less than `from` for upward axes).
pub fn scale(value: f64, (min, max): (f64, f64), (from, to): (i32, i32)) -> i32 {
    if max <= min {
        return from;
    }
    let t = ((value - min) / (max - min)).clamp(0.0, 1.0);
    (f64::from(from) + t * f64::from(to - from)).round() as i32
}

/// Shortens text to at most `chars` characters with an ellipsis, so it fits its column.
pub fn fit(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(chars.saturating_sub(1)).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_everywhere() {
        assert_eq!(
            escape_xml(r#"<b a="1">&'x'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&amp;&apos;x&apos;&lt;/b&gt;"
        );
        let svg = draw(
            "t",
            (100, 50),
            "<script>alert(1)</script>",
            "a & b",
            |pen| {
                pen.text(
                    "<img src=x onerror=alert(1)> \"q\" 'a' & z",
                    (10, 10),
                    12.0,
                    &palette::INK,
                    Anchor::Start,
                )
            },
        )
        .expect("drawn");
        assert!(!svg.contains("<script>") && !svg.contains("<img"));
        assert!(svg.contains("<title id=\"t-title\">&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
        assert!(svg.contains("<desc id=\"t-desc\">a &amp; b</desc>"));
        assert!(
            svg.contains("&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &apos;a&apos; &amp; z")
        );
        assert!(
            svg.starts_with("<svg")
                && svg.contains("viewBox=\"0 0 100 50\"")
                && svg.contains("role=\"img\"")
        );
    }

    #[test]
    fn a_dashed_line_is_one_element_with_a_dash_pattern() {
        let svg = draw("d", (100, 50), "", "", |pen| {
            pen.dashed(vec![(0, 10), (100, 10)], palette::ORANGE, 2)?;
            pen.line(vec![(0, 20), (100, 20)], palette::ORANGE, 2)
        })
        .expect("drawn");
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert_eq!(
            svg.matches("stroke=\"#E69F00\" stroke-dasharray=\"6 4\"")
                .count(),
            1
        );
        assert!(!svg.contains("#E69F01"));
    }

    #[test]
    fn scales_map_and_clamp() {
        assert_eq!(scale(85.0, (0.0, 100.0), (200, 540)), 489);
        assert_eq!(scale(150.0, (0.0, 100.0), (200, 540)), 540);
        assert_eq!(scale(50.0, (0.0, 100.0), (400, 0)), 200);
        assert_eq!(scale(1.0, (1.0, 1.0), (3, 9)), 3);
    }

    #[test]
    fn long_text_is_fitted() {
        assert_eq!(fit("สั้น", 10), "สั้น");
        assert_eq!(fit("abcdefghij", 5), "abcd…");
    }
}
