using System;
using System.IO;
using System.Runtime.CompilerServices;
using PublicApiGenerator;
using Xunit;

namespace InterviewRules.Tools.Tests.PublicApi;

/// <summary>
/// Locks the public surface of InterviewRules.AI, as tests/InterviewRules.Tests does for the other packages: a change
/// fails here and writes a <c>*.received.txt</c> to review and copy over the approved file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChanged()
    {
        var api = typeof(InterviewTools).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);
        var approvedPath = Path.Combine(Folder(), "InterviewRules.AI.approved.txt");
        var receivedPath = Path.Combine(Folder(), "InterviewRules.AI.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (approved != api)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved == api, $"The public API of InterviewRules.AI changed. Review {receivedPath} and, if the change is intended, copy it over {approvedPath}.");
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
