using CsCheck;
using NewsExtract.Blocks;

namespace NewsExtract.Tests.Text;

/// <summary>The fast paths of reading a text capture give what the plain ones did.</summary>
public class TextReadingPartsTests
{
    [Test]
    public void Narrow_sorting_sorts_as_a_comparison_sort_does() =>
        Gen.OneOf(Gen.Int[0, 300].List[0, 200], Gen.Int.List[0, 50], Gen.Int[-5, 5].List[0, 20]).Sample(values =>
        {
            var expected = values.Order().ToList();
            var sorted = values.ToList();
            TextUnwrapper.SortNarrow(sorted);
            Assert.That(sorted, Is.EqualTo(expected));
        }, iter: 5_000);

    [Test]
    public void Lines_split_as_enumerate_lines_splits_them() =>
        Gen.String[Gen.Char["ab 新闻\n\n\n\r\f\u0085\u2028\u2029\u2027\u202A"], 0, 40].Sample(text =>
        {
            var expected = new List<string>();
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                expected.Add(line.ToString());
            }

            var lines = TextBlockReader.SplitLines(text, []).Select(m => m.ToString());
            Assert.That(lines, Is.EqualTo(expected));
        }, iter: 20_000);

    [TestCase("普通的一行文字", false)]
    [TestCase("[logo.gif] 新闻", true)]
    [TestCase("姓名 ____ 提交", true)]
    [TestCase("(BUTTON) 搜索", true)]
    [TestCase("一行(文字)_与[", true)]
    [TestCase("a__b (BUTTONS", false)]
    public void Only_lines_with_an_artefact_character_may_be_stripped(string line, bool may) =>
        Assert.That(TextArtefacts.MayStrip(line), Is.EqualTo(may));
}
