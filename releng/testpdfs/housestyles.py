#!/usr/bin/env python3
"""Sets the sample letters as LibreOffice documents (flat ODT) in three house styles.

Input: the JSON files ExportLetters.java wrote (one per letter: metadata, sections, paragraphs,
footnotes with the words their marker followed). Output: one .fodt per letter and style, which
`soffice --convert-to pdf` typesets with embedded subset fonts. The styles are those the ministry's
letters are published in, not those Yeardiff's reader was written for:

  ministerie  the Rijkshuisstijl letter: letterhead column on the right (sender, "Onze referentie",
              "Afschrift aan", "Bij beantwoording ..."), "Datum" and "Betreft" labels before the
              text, justified and hyphenated serif text (DejaVu Serif), bold headings at body
              size, running "Datum / Onze referentie" column and "Pagina x van y" on later pages.
  kamerstuk   the Kamerstuk edition: "Tweede Kamer der Staten-Generaal / Vergaderjaar / 33 279 /
              Nr. ... BRIEF VAN DE MINISTER VAN DEFENSIE", sans-serif type (Liberation Sans), italic
              headings (not bold), running header "Tweede Kamer, vergaderjaar ..., nr. ..." with the
              page number, real footnotes.
  genummerd   numbered headings ("1. België en Luxemburg", "7.2 PESCO") in Open Sans Semibold, a
              letterhead column on the left, Times (Liberation Serif), ragged right, page numbers
              alone at the foot.

Two more styles were added later, which the reader was likewise not written for (see rapport() and
brochure()); each adds a section on a partner none of the letters has.

Usage: housestyles.py JSON_DIR OUT_DIR [STYLE...]   (all styles when none is named)
"""
import json
import os
import sys
from xml.sax.saxutils import escape

# The Kamerstuk numbers and parliamentary years the Kamerstuk edition prints (the letters' own
# numbers in dossier 33 279 where known; the corpus does not name the others).
KAMERSTUK = {
    "2019": ("2019\u20132020", "31", "12 december 2019"),
    "2020": ("2020\u20132021", "37", None),
    "2021": ("2021\u20132022", "40", "25 januari 2022"),
}

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def long_date(iso):
    if not iso:
        return None
    year, month, day = iso.split("-")
    return "%d %s %s" % (int(day), MONTHS[int(month) - 1], year)


def x(text):
    return escape(text, {'"': "&quot;"})


FONTS = """
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Open Sans Semibold" svg:font-family="'Open Sans Semibold'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
"""

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>%(title)s</dc:title></office:meta>
""" + FONTS


def para_style(name, font, size, weight="normal", italic=False, align="start", hyphenate=False,
               before="0cm", after="0cm", keep=False, margin_left="0cm", line=None, extra="", tab=None):
    return ("""<style:style style:name="%s" style:family="paragraph">
 <style:paragraph-properties fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s"%s%s%s>%s</style:paragraph-properties>
 <style:text-properties style:font-name="%s" fo:font-size="%s" fo:font-weight="%s" fo:font-style="%s"
  fo:language="nl" fo:country="NL" fo:hyphenate="%s" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
</style:style>
""" % (name, align, before, after, margin_left, ' fo:keep-with-next="always"' if keep else "",
        ' fo:line-height="%s"' % line if line else "", extra,
        '<style:tab-stops><style:tab-stop style:position="%s"/></style:tab-stops>' % tab if tab else "", font, size, weight, "italic" if italic else "normal",
        "true" if hyphenate else "false"))


def frame(name, x_cm, y_cm, width_cm, height_cm, paragraphs, anchor="page"):
    body = "".join('<text:p text:style-name="%s">%s</text:p>' % (style, x(text)) for style, text in paragraphs)
    page = ' text:anchor-page-number="1"' if anchor == "page" else ""
    return ('<draw:frame draw:style-name="Column" draw:name="%s" text:anchor-type="%s"%s svg:x="%scm" svg:y="%scm" '
            'svg:width="%scm" svg:height="%scm"><draw:text-box>%s</draw:text-box></draw:frame>'
            % (name, anchor, page, x_cm, y_cm, width_cm, height_cm, body))


COLUMN_FRAME_STYLE = """<style:style style:name="Column" style:family="graphic">
 <style:graphic-properties style:wrap="run-through" style:vertical-pos="from-top" style:vertical-rel="page"
  style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" fo:padding="0cm"
  draw:fill="none" style:run-through="foreground"/>
</style:style>
"""


def body_paragraphs(letter, style, heading_style, subheading_style, numbered=False):
    """The letter's text: headings and paragraphs in reading order, footnotes at their markers."""
    notes = {n["number"]: n for n in letter["footnotes"]}
    pending = sorted(notes)
    out = []
    counters = [0, 0]

    def paragraph(statements):
        # a lead-in ending in a colon introduces an enumeration: one item per statement after it
        for i, statement in enumerate(statements[:-1]):
            if statement.endswith(":"):
                running(" ".join(statements[:i + 1]), "Lead")
                for item in statements[i + 1:]:
                    running(item, "Item", "\u2022<text:tab/>")
                out.append('<text:p text:style-name="AfterList"/>')
                return
        running(" ".join(statements), style)

    def running(text, paragraph_style, bullet=""):
        for number in list(pending):
            anchor = notes[number]["anchor"]
            before, _, after = (anchor or "").partition("|")
            at = text.find(before + " " + after) if anchor else -1
            if at >= 0:
                end = at + len(before)
                note = ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                        '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                        % (number, number, x(notes[number]["text"])))
                out.append('<text:p text:style-name="%s">%s%s%s%s</text:p>' % (paragraph_style, bullet, x(text[:end]), note, x(text[end:])))
                pending.remove(number)
                return
        out.append('<text:p text:style-name="%s">%s%s</text:p>' % (paragraph_style, bullet, x(text)))

    def walk(sections):
        for section in sections:
            heading = section["heading"]
            if heading:
                level = section["level"]
                if numbered:
                    if level == 1:
                        counters[0] += 1
                        counters[1] = 0
                        heading = "%d. %s" % (counters[0], heading)
                    else:
                        counters[1] += 1
                        heading = "%d.%d %s" % (counters[0], counters[1], heading)
                out.append('<text:p text:style-name="%s">%s</text:p>' % (heading_style if level == 1 else subheading_style, x(heading)))
            for text in section["paragraphs"]:
                paragraph(text)
            walk(section["sections"])

    walk(letter["sections"])
    return out


def signature(letter, style):
    if not letter.get("minister"):
        return []
    return ['<text:p text:style-name="%s">De Minister van Defensie,</text:p>' % style,
            '<text:p text:style-name="%s"/>' % style,
            '<text:p text:style-name="%s">Drs. %s</text:p>' % (style, x(letter["minister"]))]


LIST_STYLES = """<style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Item" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0cm">
  <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="AfterList" style:family="paragraph" style:parent-style-name="Body">
 <style:text-properties fo:font-size="2pt"/></style:style>
"""


def document(letter, styles, automatic, masters, body):
    automatic = automatic + LIST_STYLES
    return (HEAD % {"title": x(letter["title"] or "")} + "<office:styles>" + styles + "</office:styles>"
            + "<office:automatic-styles>" + automatic + "</office:automatic-styles>"
            + "<office:master-styles>" + masters + "</office:master-styles>"
            + "<office:body><office:text>" + body + "</office:text></office:body></office:document>\n")


def ministerie(letter):
    """The Rijkshuisstijl letter."""
    serif = "DejaVu Serif"
    styles = (para_style("Body", serif, "9.5pt", align="justify", hyphenate=True, after="0.42cm", line="130%")
              + para_style("Heading", serif, "9.5pt", weight="bold", keep=True, line="130%")
              + para_style("Subheading", serif, "9.5pt", italic=True, keep=True, line="130%")
              + para_style("Plain", serif, "9.5pt", line="130%")
              + para_style("Small", "Liberation Sans", "6.5pt")
              + para_style("Label", "Liberation Sans", "6.5pt", weight="bold", before="0.25cm")
              + para_style("Return", "Liberation Sans", "6.5pt", after="0.3cm")
              + para_style("Footnote", serif, "7pt", hyphenate=True)
              + para_style("FooterRight", "Liberation Sans", "6.5pt", margin_left="13.2cm", extra=' fo:margin-right="-4.3cm"')
              + para_style("MetaLine", serif, "9.5pt", line="130%", tab="2cm")
              + COLUMN_FRAME_STYLE)
    automatic = """<style:page-layout style:name="Letter"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="2.4cm" fo:margin-right="6.3cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="2.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Return" style:master-page-name="FirstPage"/>
"""
    reference = letter.get("reference")
    date = long_date(letter.get("date"))
    running = []
    if date:
        running += [("Label", "Datum"), ("Small", date)]
    if reference:
        running += [("Label", "Onze referentie"), ("Small", reference)]
    header_column = frame("Kolom", 16.4, 4.2, 4.0, 6.0, running, anchor="paragraph") if running else ""
    footer = '<text:p text:style-name="FooterRight">Pagina <text:page-number text:select-page="current"/> van <text:page-count/></text:p>'
    masters = ('<style:master-page style:name="FirstPage" style:page-layout-name="Letter" style:next-style-name="Standard">'
               '<style:header><text:p text:style-name="Small"> </text:p></style:header><style:footer>' + footer + '</style:footer></style:master-page>'
               '<style:master-page style:name="Standard" style:page-layout-name="Letter">'
               '<style:header><text:p text:style-name="Small">' + header_column + '</text:p></style:header>'
               '<style:footer>' + footer + '</style:footer></style:master-page>')
    column = [("Small", "Ministerie van Defensie"), ("Small", ""), ("Small", "Plein 4"), ("Small", "MPC 58 B"),
              ("Small", "Postbus 20701"), ("Small", "2500 ES Den Haag"), ("Small", "www.defensie.nl")]
    if reference:
        column += [("Label", "Onze referentie"), ("Small", reference)]
    column += [("Label", "Afschrift aan"), ("Small", "de Voorzitter van de Eerste Kamer der Staten-Generaal"),
               ("Small", "Binnenhof 22"), ("Small", "2513 AA Den Haag"),
               ("Label", "Bij beantwoording datum, onze referentie en betreft vermelden.")]
    body = ['<text:p text:style-name="First">' + frame("Briefhoofd", 16.4, 4.2, 4.0, 9.0, column)
            + '&gt; Retouradres Postbus 20701 2500 ES Den Haag</text:p>']
    for line in ["de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Plein 2", "2511 CR Den Haag"]:
        body.append('<text:p text:style-name="Plain">%s</text:p>' % line)
    body += ['<text:p text:style-name="Plain"/>'] * 4
    if date:
        body.append('<text:p text:style-name="MetaLine">Datum<text:tab/>%s</text:p>' % x(date))
    body.append('<text:p text:style-name="MetaLine">Betreft<text:tab/>%s</text:p>' % x(letter["title"]))
    body += ['<text:p text:style-name="Plain"/>'] * 2
    body += body_paragraphs(letter, "Body", "Heading", "Subheading")
    body += signature(letter, "Plain")
    return document(letter, styles, automatic, masters, "".join(body))


def kamerstuk(letter):
    """The Kamerstuk edition."""
    session, number, date = KAMERSTUK[letter["id"]]
    sans = "Liberation Sans"
    styles = (para_style("Body", sans, "9pt", align="justify", hyphenate=True, after="0.35cm", line="125%")
              + para_style("Heading", sans, "9pt", italic=True, keep=True, before="0.2cm", after="0.1cm", line="125%")
              + para_style("Subheading", sans, "9pt", italic=True, keep=True, before="0.2cm", after="0.1cm", line="125%")
              + para_style("Plain", sans, "9pt", line="125%")
              + para_style("Chamber", sans, "16pt", after="0.1cm")
              + para_style("Session", sans, "9pt", after="0.6cm")
              + para_style("Dossier", sans, "11pt", weight="bold", after="0.5cm")
              + para_style("Letter", sans, "9pt", weight="bold", after="0.5cm")
              + para_style("Footnote", sans, "7pt", hyphenate=True)
              + para_style("Running", sans, "7pt")
              + para_style("Colophon", sans, "6.5pt")
              + para_style("RunningTabs", sans, "7pt", tab="13.5cm"))
    automatic = """<style:page-layout style:name="Print"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="4.2cm" fo:margin-right="3.3cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.6cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Chamber" style:master-page-name="FirstPage"/>
"""
    dossier = "33 279"
    running = "Tweede Kamer, vergaderjaar %s, %s, nr. %s" % (session, dossier, number)
    year = (date or session)[-4:]
    masters = ('<style:master-page style:name="FirstPage" style:page-layout-name="Print" style:next-style-name="Standard">'
               '<style:footer><text:p text:style-name="Colophon">kst-33279-%s ISSN 0921 - 7371 \u2019s-Gravenhage %s</text:p>'
               '<text:p text:style-name="RunningTabs">%s<text:tab/><text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>'
               '<style:master-page style:name="Standard" style:page-layout-name="Print">'
               '<style:header><text:p text:style-name="RunningTabs">%s<text:tab/><text:page-number text:select-page="current"/></text:p></style:header>'
               '</style:master-page>') % (number, year, x(running), x(running))
    body = ['<text:p text:style-name="First">Tweede Kamer der Staten-Generaal</text:p>',
            '<text:p text:style-name="Session">Vergaderjaar %s</text:p>' % session,
            '<text:p text:style-name="Dossier">%s Internationale militaire samenwerking</text:p>' % dossier,
            '<text:p text:style-name="Letter">Nr. %s BRIEF VAN DE MINISTER VAN DEFENSIE</text:p>' % number,
            '<text:p text:style-name="Plain">Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</text:p>']
    if date:
        body.append('<text:p text:style-name="Plain">Den Haag, %s</text:p>' % x(date))
    body.append('<text:p text:style-name="Plain"/>')
    body += body_paragraphs(letter, "Body", "Heading", "Subheading")
    body += signature(letter, "Plain")
    return document(letter, styles, automatic, masters, "".join(body))


def genummerd(letter):
    """Numbered headings, a left letterhead column, Times."""
    times = "Liberation Serif"
    styles = (para_style("Body", times, "11pt", after="0.3cm")
              + para_style("Heading", "Open Sans Semibold", "11pt", keep=True, before="0.3cm", after="0.15cm")
              + para_style("Subheading", "Open Sans Semibold", "10pt", keep=True, before="0.2cm", after="0.1cm")
              + para_style("Plain", times, "11pt")
              + para_style("Small", times, "8pt")
              + para_style("Label", times, "8pt", italic=True, before="0.2cm")
              + para_style("Footnote", times, "8.5pt")
              + para_style("PageNumber", times, "9pt", align="center")
              + para_style("Title", times, "11pt", weight="bold", after="0.4cm")
              + COLUMN_FRAME_STYLE)
    automatic = """<style:page-layout style:name="Left"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="6.2cm" fo:margin-right="2.2cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
 <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.3cm"/></style:header-style>
</style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Plain" style:master-page-name="FirstPage"/>
"""
    reference = letter.get("reference")
    date = long_date(letter.get("date"))
    running = []
    if date:
        running += [("Label", "Datum"), ("Small", date)]
    if reference:
        running += [("Label", "Onze referentie"), ("Small", reference)]
    header_column = frame("Kolom", 1.8, 2.0, 3.6, 4.0, running, anchor="paragraph") if running else ""
    footer = '<text:p text:style-name="PageNumber"><text:page-number text:select-page="current"/></text:p>'
    masters = ('<style:master-page style:name="FirstPage" style:page-layout-name="Left" style:next-style-name="Standard">'
               '<style:footer>' + footer + '</style:footer></style:master-page>'
               '<style:master-page style:name="Standard" style:page-layout-name="Left">'
               '<style:header><text:p text:style-name="Small">' + header_column + '</text:p></style:header>'
               '<style:footer>' + footer + '</style:footer></style:master-page>')
    column = [("Small", "Ministerie van Defensie"), ("Small", "Postbus 20701"), ("Small", "2500 ES Den Haag")]
    if date:
        column += [("Label", "Datum"), ("Small", date)]
    if reference:
        column += [("Label", "Onze referentie"), ("Small", reference)]
    column += [("Label", "Betreft"), ("Small", letter["title"])]
    body = ['<text:p text:style-name="First">' + frame("Briefhoofd", 1.8, 2.0, 3.6, 8.0, column)
            + 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</text:p>',
            '<text:p text:style-name="Plain">Postbus 20018</text:p>',
            '<text:p text:style-name="Plain">2500 EA Den Haag</text:p>',
            '<text:p text:style-name="Plain"/>', '<text:p text:style-name="Plain"/>',
            '<text:p text:style-name="Title">%s</text:p>' % x(letter["title"])]
    body += body_paragraphs(letter, "Body", "Heading", "Subheading", numbered=True)
    body += signature(letter, "Plain")
    return document(letter, styles, automatic, masters, "".join(body))


# A partner none of the sample letters has a section on, written in the letters' manner, that the
# two styles below set between the last partner's section and the organisations: the import must
# give it as a partner of its own, never as more text of the section before or after it.
INVENTED = {
    "Polen": [["Polen is voor Nederland een belangrijke bondgenoot aan de oostflank van het NAVO-verdragsgebied.",
               "De Poolse defensie-uitgaven stegen in {year} tot ongeveer 2,3% van het BBP.",
               "De Poolse regering investeert vooral in luchtverdediging, pantservoertuigen en artillerie."],
              ["Nederland en Polen oefenden in {year} samen met eenheden van de landmacht en de luchtmacht.",
               "Beide landen willen de samenwerking op het gebied van militaire mobiliteit verder verdiepen."]],
    "Canada": [["Canada is de leidende natie van de NAVO-battlegroup in Letland.",
                "Nederland leverde in {year} een bijdrage aan deze battlegroup met een eenheid van de landmacht."],
               ["De Canadese en Nederlandse marine werkten samen in de Standing NATO Maritime Group.",
                "Canada verhoogt zijn defensie-uitgaven de komende jaren met ongeveer 70%."]],
}
# The sections after which an invented partner's section is set: the letters' partners.
PARTNERS = {"Belgi\u00eb en Luxemburg", "Duitsland", "Frankrijk", "Noorwegen", "Verenigd Koninkrijk", "Verenigde Staten", "Suriname"}


def with_partner(letter, name):
    """The letter with an invented partner's section before the first headed section after the last
    partner's (a section without heading continues the one before it: the new one may not split them)."""
    sections = list(letter["sections"])
    last = max((i for i, s in enumerate(sections) if s["heading"] in PARTNERS), default=None)
    if last is None:
        return letter
    at = next((i for i in range(last + 1, len(sections)) if sections[i]["heading"]), len(sections))
    paragraphs = [[statement.replace("{year}", str(letter["year"])) for statement in paragraph] for paragraph in INVENTED[name]]
    sections.insert(at, {"heading": name, "level": 1, "paragraphs": paragraphs, "sections": []})
    return dict(letter, sections=sections)


def rapport(letter):
    """A report-style letter: numbered headings of both levels in bold at the body's size, a running
    header line with a rule on every page, fields with colons ("Ons kenmerk:", "Onderwerp:") in the
    text column of the first page, footnotes at the foot of the page, "3/12" page numbers, and a
    section on Poland."""
    letter = with_partner(letter, "Polen")
    serif = "Liberation Serif"
    styles = (para_style("Body", serif, "11pt", align="justify", hyphenate=True, after="0.25cm", line="115%")
              + para_style("Heading", serif, "11pt", weight="bold", keep=True, before="0.35cm", after="0.1cm", line="115%")
              + para_style("Subheading", serif, "11pt", weight="bold", keep=True, before="0.2cm", line="115%")
              + para_style("Plain", serif, "11pt", line="115%")
              + para_style("Field", serif, "11pt", line="115%", tab="3.2cm")
              + para_style("Sender", serif, "14pt", weight="bold", after="0.5cm")
              + para_style("Footnote", serif, "9pt", hyphenate=True)
              + para_style("Running", serif, "9pt", italic=True,
                           extra=' fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.1cm"')
              + para_style("PageOf", serif, "9pt", align="end"))
    automatic = """<style:page-layout style:name="Report"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
"""
    masters = ('<style:master-page style:name="Standard" style:page-layout-name="Report">'
               '<style:header><text:p text:style-name="Running">Ministerie van Defensie \u2013 %s</text:p></style:header>'
               '<style:footer><text:p text:style-name="PageOf"><text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer>'
               '</style:master-page>') % x(letter["title"] or "")
    body = ['<text:p text:style-name="Sender">Ministerie van Defensie</text:p>',
            '<text:p text:style-name="Plain">Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</text:p>',
            '<text:p text:style-name="Plain">Postbus 20018</text:p>',
            '<text:p text:style-name="Plain">2500 EA Den Haag</text:p>',
            '<text:p text:style-name="Plain"/>']
    date = long_date(letter.get("date"))
    if date:
        body.append('<text:p text:style-name="Field">Datum:<text:tab/>%s</text:p>' % x(date))
    if letter.get("reference"):
        body.append('<text:p text:style-name="Field">Ons kenmerk:<text:tab/>%s</text:p>' % x(letter["reference"]))
    body.append('<text:p text:style-name="Field">Onderwerp:<text:tab/>%s</text:p>' % x(letter["title"]))
    body += ['<text:p text:style-name="Plain"/>'] * 2
    body += body_paragraphs(letter, "Body", "Heading", "Subheading", numbered=True)
    body += signature(letter, "Plain")
    return document(letter, styles, automatic, masters, "".join(body))


def brochure(letter):
    """A ragged-right sans-serif letter with a wide left margin: on the first page only a letterhead
    column at the right (labels above their values), the text beside it narrower than on the later
    pages; headings in small capitals, subheadings underlined, both in the body's face and size;
    "- 3 -" page numbers centred; a section on Canada."""
    letter = with_partner(letter, "Canada")
    sans = "DejaVu Sans"
    styles = (para_style("Body", sans, "10pt", after="0.3cm", line="125%")
              + para_style("Heading", sans, "10pt", keep=True, before="0.3cm", after="0.1cm", line="125%",
                           extra="").replace('fo:font-size="10pt"', 'fo:font-size="10pt" fo:font-variant="small-caps"', 1)
              + para_style("Subheading", sans, "10pt", keep=True, before="0.15cm", line="125%").replace(
                  'fo:font-size="10pt"', 'fo:font-size="10pt" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"', 1)
              + para_style("Plain", sans, "10pt", line="125%")
              + para_style("Small", sans, "7.5pt")
              + para_style("Label", sans, "7.5pt", weight="bold", before="0.25cm")
              + para_style("Footnote", sans, "8pt")
              + para_style("PageNumber", sans, "9pt", align="center")
              + COLUMN_FRAME_STYLE)
    automatic = """<style:page-layout style:name="Narrow"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="5.5cm" fo:margin-right="6.3cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
<style:page-layout style:name="Wide"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="5.5cm" fo:margin-right="2cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Plain" style:master-page-name="FirstPage"/>
"""
    footer = '<text:p text:style-name="PageNumber">- <text:page-number text:select-page="current"/> -</text:p>'
    masters = ('<style:master-page style:name="FirstPage" style:page-layout-name="Narrow" style:next-style-name="Standard">'
               '<style:footer>' + footer + '</style:footer></style:master-page>'
               '<style:master-page style:name="Standard" style:page-layout-name="Wide">'
               '<style:footer>' + footer + '</style:footer></style:master-page>')
    column = [("Small", "Ministerie van Defensie"), ("Small", "Bestuursstaf"), ("Small", "Postbus 20701"), ("Small", "2500 ES Den Haag")]
    date = long_date(letter.get("date"))
    if date:
        column += [("Label", "Datum"), ("Small", date)]
    if letter.get("reference"):
        column += [("Label", "Kenmerk"), ("Small", letter["reference"])]
    column += [("Label", "Onderwerp"), ("Small", letter["title"])]
    body = ['<text:p text:style-name="First">' + frame("Briefhoofd", 15.3, 2.0, 4.2, 9.0, column)
            + 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</text:p>',
            '<text:p text:style-name="Plain">Postbus 20018</text:p>',
            '<text:p text:style-name="Plain">2500 EA Den Haag</text:p>']
    body += ['<text:p text:style-name="Plain"/>'] * 3
    body += body_paragraphs(letter, "Body", "Heading", "Subheading")
    body += signature(letter, "Plain")
    return document(letter, styles, automatic, masters, "".join(body))


STYLES = {"ministerie": (ministerie, None), "kamerstuk": (kamerstuk, KAMERSTUK), "genummerd": (genummerd, None),
          "rapport": (rapport, None), "brochure": (brochure, None)}


def main():
    source, target = sys.argv[1], sys.argv[2]
    chosen = sys.argv[3:] or list(STYLES)
    for name in sorted(os.listdir(source)):
        letter = json.load(open(os.path.join(source, name), encoding="utf-8"))
        for style, (render, only) in STYLES.items():
            if style not in chosen:
                continue
            # The Kamerstuk edition prints no "Betreft" line: only letters whose title the text
            # itself gives (the yearly reports, "in deze rapportage ... 2019") keep their metadata.
            if only is not None and letter["id"] not in only:
                continue
            folder = os.path.join(target, style)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, letter["id"] + ".fodt"), "w", encoding="utf-8") as out:
                out.write(render(letter))


if __name__ == "__main__":
    main()
