namespace IncLead.Documents.Word;

/// <summary>
/// The style, numbering and settings parts. Every paragraph in the body names a style defined here (Normal,
/// Heading 1–3 with outline levels, Title, List Bullet, TOC 1–3, Header, Footer, Caption) rather than carrying
/// direct formatting, so Word's navigation pane works and a board secretary's template restyles the copy when they
/// paste it in. Sizes and colours are the PDF's (<c>LayoutTheme</c>); Arial is named because it is what the PDF's
/// Liberation Sans stands in for and every office machine has it.
/// </summary>
internal static class WordStyles
{
    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Half-points: the PDF's 10.5 pt body, 9 pt cells, 19 / 14.5 / 12 pt headings.</summary>
    public const string Styles = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="{{W}}">
          <w:docDefaults>
            <w:rPrDefault><w:rPr>
              <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
              <w:color w:val="212B32"/><w:sz w:val="21"/><w:szCs w:val="21"/>
              <w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>
            </w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="283" w:lineRule="auto"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
          <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="400" w:after="160" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="003087"/><w:sz w:val="38"/><w:szCs w:val="38"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="120" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="29"/><w:szCs w:val="29"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="100" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="2"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/>
            <w:pPr><w:spacing w:before="1400" w:after="240" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:color w:val="005EB8"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
            <w:pPr><w:spacing w:after="800"/></w:pPr>
            <w:rPr><w:color w:val="005EB8"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="80"/><w:ind w:left="357" w:hanging="357"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
            <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9656"/></w:tabs><w:spacing w:before="80" w:after="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9656"/></w:tabs><w:spacing w:after="0"/><w:ind w:left="284"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9656"/></w:tabs><w:spacing w:after="0"/><w:ind w:left="567"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4833"/><w:tab w:val="right" w:pos="9666"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:color w:val="425563"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4833"/><w:tab w:val="right" w:pos="9666"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:color w:val="425563"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:rPr><w:color w:val="005EB8"/><w:u w:val="single"/></w:rPr></w:style>
          <w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:tblPr><w:tblBorders>
              <w:top w:val="single" w:sz="4" w:space="0" w:color="D8DDE0"/><w:left w:val="single" w:sz="4" w:space="0" w:color="D8DDE0"/>
              <w:bottom w:val="single" w:sz="4" w:space="0" w:color="D8DDE0"/><w:right w:val="single" w:sz="4" w:space="0" w:color="D8DDE0"/>
              <w:insideH w:val="single" w:sz="4" w:space="0" w:color="D8DDE0"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="D8DDE0"/>
            </w:tblBorders>
            <w:tblCellMar><w:top w:w="80" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """;

    /// <summary>One bullet list definition; the List Bullet style points at it.</summary>
    public const string Numbering = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="{{W}}">
          <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
              <w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/></w:rPr></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """;

    /// <summary>British English for proofing; Word updates the fields (contents, page numbers) when the file is opened.</summary>
    public const string Settings = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="{{W}}">
          <w:defaultTabStop w:val="720"/>
          <w:characterSpacingControl w:val="doNotCompress"/>
          <w:updateFields w:val="true"/>
          <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
          <w:themeFontLang w:val="en-GB"/>
        </w:settings>
        """;
}
