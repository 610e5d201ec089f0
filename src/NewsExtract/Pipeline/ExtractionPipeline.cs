namespace NewsExtract.Pipeline;

internal sealed class ExtractionPipeline(ExtractionOptions options)
{
    public Article FromHtmlString(string html, PageContext context, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Article FromHtmlBytes(ReadOnlyMemory<byte> html, PageContext context, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Article FromText(string text, PageContext context, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Article FromTextBytes(ReadOnlyMemory<byte> text, PageContext context, CancellationToken cancellationToken) => throw new NotImplementedException();
    public Article FromUnknownBytes(ReadOnlyMemory<byte> content, PageContext context, CancellationToken cancellationToken) => throw new NotImplementedException();
    public ExtractionOptions Options => options;
}
