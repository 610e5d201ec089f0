namespace NewsExtract;

/// <summary>Where the content came from: a news agency or outlet named by the page.</summary>
/// <param name="Name">The source's canonical name (aliases of one agency share it).</param>
/// <param name="Text">The phrase as written on the page (<c>据新华社报道</c>, <c>(Dân trí) -</c>).</param>
public sealed record SourceAttribution(string Name, string Text);
