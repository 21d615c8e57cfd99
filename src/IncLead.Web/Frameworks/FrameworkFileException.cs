namespace IncLead.Web.Frameworks;

/// <summary>A framework file that cannot be imported; the message names the file, the JSON path and the problem.</summary>
public sealed class FrameworkFileException(string file, string path, string problem)
    : Exception($"Framework file '{file}' is not valid at {path}: {problem}")
{
    public string File { get; } = file;
    public string JsonPath { get; } = path;
    public string Problem { get; } = problem;
}
