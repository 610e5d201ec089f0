namespace NewsExtract.Tests;

public class SmokeTests
{
    [Test]
    public void Language_tags_are_bcp47() => Assert.That(ContentLanguage.Vietnamese.ToLanguageTag(), Is.EqualTo("vi"));
}
