using CsCheck;
using NewsExtract.Dates;
using NewsExtract.Languages;

namespace NewsExtract.Tests.Dates;

/// <summary>
/// The date words are the lexicon files' own: every word of a list is read by the forms that use it, and the cheap test
/// in front of the date forms (a digit, a numeral or a relative word) never skips a line one of them matches.
/// </summary>
public class DateVocabularyTests
{
    private static readonly DateTimeOffset Reference = DateTimeOffset.Parse("2025-07-13T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<TestCaseData> Grammars()
    {
        yield return new TestCaseData("zh").SetName("zh grammar");
        yield return new TestCaseData("vi").SetName("vi grammar");
    }

    private static (DateGrammar, Lexicon) Of(string language)
    {
        var lexicon = language == "vi" ? LanguageKnowledge.For([]).Vietnamese : LanguageKnowledge.For([]).Chinese;
        return (lexicon.Dates, lexicon.Lexicon);
    }

    [TestCaseSource(nameof(Grammars))]
    public void Every_unit_word_is_read_in_an_ago_date(string language)
    {
        var (grammar, lexicon) = Of(language);
        foreach (var (unit, words) in LexiconLists.Keyed(lexicon, LexiconLists.Units))
        {
            foreach (var word in words)
            {
                var text = "3 " + word + " " + lexicon[LexiconLists.AgoWords][0];
                var found = DateFinder.FindAll(text, new DateContext(ContentLanguage.Unknown, TimeSpan.FromHours(8), Reference, grammar));
                Assert.That(found, Has.Count.EqualTo(1), $"{unit}: {text}");
            }
        }
    }

    [TestCaseSource(nameof(Grammars))]
    public void Every_relative_word_is_read(string language)
    {
        var (grammar, lexicon) = Of(language);
        var words = LexiconLists.Keyed(lexicon, LexiconLists.DaysBack).Concat(LexiconLists.Keyed(lexicon, LexiconLists.InstantsBack)).SelectMany(e => e.Words);
        foreach (var word in words)
        {
            var text = "  " + word + " 18:30";
            var found = DateFinder.FindAll(text, new DateContext(ContentLanguage.Unknown, TimeSpan.FromHours(8), Reference, grammar));
            Assert.That(found, Has.Count.EqualTo(1), text);
        }
    }

    [TestCaseSource(nameof(Grammars))]
    public void Every_time_of_day_and_zone_word_has_its_table_entry(string language)
    {
        var (grammar, lexicon) = Of(language);
        foreach (var (key, words) in LexiconLists.Keyed(lexicon, LexiconLists.MeridiemsBefore).Concat(LexiconLists.Keyed(lexicon, LexiconLists.MeridiemsAfter)))
        {
            Assert.That(words.Select(grammar.MeridiemOf), Is.All.EqualTo(LexiconLists.MeridiemKeys[key]), key);
        }

        foreach (var (key, words) in LexiconLists.Keyed(lexicon, LexiconLists.Zones))
        {
            Assert.That(LexiconLists.TryParseOffset(key, out var offset), Is.True, key);
            Assert.That(words.Select(grammar.ZoneOffset), Is.All.EqualTo(offset), key);
        }
    }

    [TestCase("二〇二五年七月十二日", ExpectedResult = 2025)]
    [TestCase("一九九九年十二月三十一日", ExpectedResult = 1999)]
    public int Numerals_come_from_the_lexicon(string text) =>
        DateFinder.FindAll(text, DateAssert.Zh())[0].Dateline.Published!.Value.Year;

    [Test]
    public void The_date_prefilter_passes_every_line_a_form_matches()
    {
        var knowledge = LanguageKnowledge.For([]);
        DateGrammar[] grammars = [knowledge.Chinese.Dates, knowledge.Vietnamese.Dates, knowledge.AnyLanguageDates];
        var words = new[] { knowledge.Chinese.Lexicon, knowledge.Vietnamese.Lexicon }
            .SelectMany(l => l.Names.Where(n => n.StartsWith("dates.", StringComparison.Ordinal) && n != LexiconLists.DateForms).SelectMany(n => l[n]))
            .SelectMany(w => new[] { w, w.ToUpperInvariant() });
        string[] glue = [" ", "  ", "\u00A0", ",", "/", "-", ".", ":", "(", "）", "GMT+7", "T", "Z", "0", "7", "12", "2025", "１２", "٣", "h", "a", "K", "\u212A"];
        var piece = Gen.OneOf(glue.Concat(words).Distinct().Select(Gen.Const).ToArray());
        var matched = 0;
        Gen.Select(Gen.Int[0, grammars.Length - 1], piece.Array[0, 8].Select(string.Concat)).Sample((g, text) =>
        {
            var grammar = grammars[g];
            var matches = grammar.Forms.Any(f => grammar.Regex(f).IsMatch(text));
            matched += matches ? 1 : 0;
            Assert.That(grammar.MayHoldDate(text) || !matches, Is.True, $"the prefilter rejects \"{text}\"");
        }, iter: 20_000, threads: 1);
        Assert.That(matched, Is.GreaterThan(1_000), "the generated lines must hold dates");
    }
}
