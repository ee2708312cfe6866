using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;
using Xunit;

namespace InterviewRules.Tests.PublicApi;

/// <summary>
/// Locks the public surface of each package: the API is rendered with PublicApiGenerator and compared with the
/// committed <c>*.approved.txt</c>. A change shows up as a failing test and, in review, as a diff of that file.
/// To approve a change, copy the <c>*.received.txt</c> the failing test writes next to the approved file over it.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("InterviewRules")]
    [InlineData("InterviewRules.DependencyInjection")]
    public void PublicApi_HasNotChanged(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);

        var approvedPath = Path.Combine(Folder(), assemblyName + ".approved.txt");
        var receivedPath = Path.Combine(Folder(), assemblyName + ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (approved != api)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(
            approved == api,
            $"The public API of {assemblyName} changed. Review {receivedPath} and, if the change is intended, copy it over {approvedPath}.");
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
