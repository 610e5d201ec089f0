using System.Globalization;
using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Classification.Rules;
using NewsExtract.Dates;
using NewsExtract.Fields;
using NewsExtract.Languages;
using NewsExtract.Related;

namespace NewsExtract.Tests.Languages;

/// <summary>
/// A language is its lexicon file: a made-up one (Fixtures/Languages/x-lingvo.json, a dozen words) is compiled like the
/// built-in files and read by the same code, which holds no word of any language.
/// </summary>
public class MadeUpLanguageTests
{
    private static readonly Lazy<CompiledLexicon> Lingvo = new(() =>
    {
        var json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Languages", "x-lingvo.json"));
        return new CompiledLexicon(Lexicon.Parse(json, "x-lingvo.json", out _), ContentLanguage.Unknown);
    });

    private static DateContext Dates(DateTimeOffset? reference = null) =>
        new(ContentLanguage.Unknown, TimeSpan.FromHours(1), reference, Lingvo.Value.Dates);

    [Test]
    public void A_credit_line_is_classified_and_read()
    {
        var lexicon = Lingvo.Value;
        var line = "Redaktoro: Ana Belo";
        var block = new Block(0, line, BlockTag.Paragraph);
        var input = new ClassificationInput(lexicon, new ContentRange(0, 0, 1, 1), "", new HashSet<int>(), new HashSet<string>());
        var (role, rule) = RoleRules.RoleOf(block, input);
        block.SetRole(role, rule?.Name);

        Assert.Multiple(() =>
        {
            Assert.That(rule?.Name, Is.EqualTo("credit-line"));
            Assert.That(CreditExtractor.Extract([block], lexicon).Credits, Is.EqualTo(new[] { new Credit("Redaktoro", "Ana Belo") }));
        });
    }

    [Test]
    public void A_date_in_its_words_is_read_with_its_cue()
    {
        var found = DateFinder.FindAll("Publikigita: tago 12 monato 7 jaro 2025", Dates());

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 12, 0, 0, 0, TimeSpan.FromHours(1))));
            Assert.That(found[0].Cue, Is.EqualTo(DateCue.Published));
        });
    }

    [Test]
    public void Its_numeric_dates_are_day_first_as_its_file_says() =>
        Assert.That(DateFinder.FindAll("Ĝisdatigita 03/04/2025", Dates())[0].Dateline.Published!.Value.Month, Is.EqualTo(4));

    [Test]
    public void Its_relative_words_resolve_against_the_reference()
    {
        var reference = DateTimeOffset.Parse("2025-07-13T10:00:00+01:00", CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(DateFinder.FindAll("3 horoj antaŭe", Dates(reference))[0].Dateline.Published, Is.EqualTo(reference.AddHours(-3)));
            Assert.That(DateFinder.FindAll("HIERAŭ 18:30", Dates(reference))[0].Dateline.Published, Is.EqualTo(new DateTimeOffset(2025, 7, 12, 18, 30, 0, TimeSpan.FromHours(1))));
        });
    }

    [Test]
    public void Its_related_heading_and_source_label_are_recognised()
    {
        var lexicon = Lingvo.Value;

        Assert.Multiple(() =>
        {
            Assert.That(RelatedLists.IsHeading("Legu ankaŭ:", lexicon), Is.True);
            Assert.That(SourceLineRule.IsSourceLine("Fonto: La Gazeto", lexicon), Is.True);
            Assert.That(SourceLineRule.IsSourceLine("来源：新华社", lexicon), Is.False, "no Chinese word is read on its pages");
        });
    }
}
