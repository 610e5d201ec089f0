namespace NewsExtract.Tests.Fields;

/// <summary>Sources named where no source label stands: an outlet's tag opening the lead, a byline's outlet, an end attribution with more after it.</summary>
public class SourceEvidenceTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Default;

    private const string ChineseLead = "國慶連假過半，各地景區迎來客流高峰，交通部門加強了運力調度，鐵路和公路客運總體平穩有序，旅客出行秩序良好。";
    private const string VietLead = "Cho rằng chủ hụi \"méc\" mẹ vợ chuyện mình thiếu nợ, bị cáo đã xách dao đi \"nói chuyện\" khiến một người vô can chết oan trong đêm.";

    private static IEnumerable<string> Zh(string lead, string[]? header = null, string[]? trailer = null) =>
        Extractor.ExtractHtml(FieldPages.Chinese(lead, header, trailer)).Sources.Select(s => s.Name);

    private static IEnumerable<string> Vi(string lead, string[]? header = null, string[]? trailer = null) =>
        Extractor.ExtractHtml(FieldPages.Vietnamese(lead, header, trailer)).Sources.Select(s => s.Name);

    [Test]
    public void A_mixed_case_outlet_before_a_dash_opens_the_lead() => Assert.That(Vi("GiadinhNet – " + VietLead), Is.EqualTo(new[] { "GiadinhNet" }));

    [Test]
    public void Bracketed_initials_without_a_dash_open_the_lead() => Assert.That(Vi("(TNO) " + VietLead), Is.EqualTo(new[] { "TNO" }));

    [Test]
    public void A_place_before_a_dash_is_no_outlet() => Assert.That(Vi("Hà Nội - " + VietLead), Is.Empty);

    [Test]
    public void An_end_attribution_ends_at_a_bar() =>
        Assert.That(Vi(VietLead, trailer: ["Theo Ngoisao | 25/12/2012 10:25"]), Is.EqualTo(new[] { "Ngoisao" }));

    [Test]
    public void The_outlet_of_the_reporters_in_the_lead_is_a_source() =>
        Assert.That(Zh("【本報訊】(香港文匯報記者 顏晉傑 文森)" + ChineseLead), Is.EqualTo(new[] { "香港文匯報" }));

    [Test]
    public void An_outlet_in_book_title_marks_before_the_writer_is_a_source() =>
        Assert.That(Zh(ChineseLead, trailer: ["《棱镜》作者 周纯"]), Is.EqualTo(new[] { "棱镜" }));

    [Test]
    public void A_byline_outlet_gives_way_to_a_labelled_source() =>
        Assert.That(Zh(ChineseLead, ["2005-03-31 08:00 来源：新华网", "新华社记者 伊琳"]), Is.EqualTo(new[] { "新华网" }));

    [Test]
    public void The_pages_own_reporter_names_no_source() =>
        Assert.That(Zh(ChineseLead, ["本报记者 张三"]), Is.Empty);
}
