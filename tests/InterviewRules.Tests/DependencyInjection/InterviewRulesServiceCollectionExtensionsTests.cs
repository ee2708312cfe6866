using System;
using System.IO;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InterviewRules.Tests.DependencyInjection;

public class InterviewRulesServiceCollectionExtensionsTests
{
    private static string PolicyPath(string name) => Path.Combine(System.AppContext.BaseDirectory, "policies", name + ".json");

    [Fact]
    public void AddInterviewRules_RegistersTheDefaultAdvisorAsSingleton()
    {
        using var provider = new ServiceCollection().AddInterviewRules().BuildServiceProvider();

        var advisor = provider.GetRequiredService<InterviewAdvisor>();

        Assert.Same(InterviewAdvisor.Default, advisor);
        Assert.Same(advisor, provider.GetRequiredService<InterviewAdvisor>());
    }

    [Fact]
    public void AddInterviewRules_Twice_RegistersOnce_FirstWins()
    {
        var services = new ServiceCollection()
            .AddInterviewRules(b => b.UsePolicy(InterviewPolicy.ArticleDefault.WithIdentity("first", "1")))
            .AddInterviewRules(b => b.UsePolicy(InterviewPolicy.ArticleDefault.WithIdentity("second", "1")))
            .AddInterviewRules();

        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(InterviewAdvisor));
        Assert.Equal("first", provider.GetRequiredService<InterviewAdvisor>().Policy.Name);
    }

    [Fact]
    public void AddInterviewRules_PolicyFileAddAndRemove_Applied()
    {
        var junior = Rule.When<InterviewScenario>(new RuleDescriptor("junior", FindingKind.Reason, "Junior", "test", "+1"), s => s.Candidate.YearsOfExperience < 1, 1, "You are junior.");
        using var provider = new ServiceCollection()
            .AddInterviewRules(b => b.UsePolicyFile(PolicyPath("campus-board")).RemoveRule("networking").AddRule(junior))
            .BuildServiceProvider();

        var recommendation = provider.GetRequiredService<InterviewAdvisor>().Recommend(Some.Scenario(Some.Candidate(years: 0.5, interviews: 0)));

        Assert.Equal("campus-board", recommendation.Policy.Name);
        Assert.False(recommendation.Fired("networking"));
        Assert.True(recommendation.Fired("junior"));
        Assert.True(recommendation.Fired("first-interview-ever"));
    }

    [Fact]
    public void AddInterviewRules_CodeRules_NamedInThePolicyObject()
    {
        var junior = Rule.When<InterviewScenario>(new RuleDescriptor("junior", FindingKind.Reason, "Junior", "test", "+1"), s => s.Candidate.YearsOfExperience < 1, 1, "You are junior.");
        using var provider = new ServiceCollection()
            .AddInterviewRules(b => b.RemoveRule("networking").AddRule(junior))
            .BuildServiceProvider();

        var recommendation = provider.GetRequiredService<InterviewAdvisor>().Recommend(Some.Scenario(Some.Candidate(years: 0.5, interviews: 0)));
        var json = InterviewJson.Write(recommendation);

        Assert.Equal(["junior", "-networking"], recommendation.Policy.CodeRules);
        Assert.Equal(InterviewAdvisor.Default.Policy.Fingerprint, recommendation.Policy.Fingerprint);
        Assert.NotEqual(InterviewAdvisor.Default.Policy, recommendation.Policy);
        Assert.Contains("\"codeRules\": [\n      \"junior\",\n      \"-networking\"\n    ]", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("codeRules", InterviewJson.Write(InterviewAdvisor.Default.Recommend(Some.Scenario())), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInterviewRules_Named_OneAdvisorPerTenant()
    {
        using var provider = new ServiceCollection()
            .AddInterviewRules("campus", b => b.UsePolicyFile(PolicyPath("campus-board")))
            .AddInterviewRules("executive", b => b.UsePolicyFile(PolicyPath("executive-search")))
            .BuildServiceProvider();

        Assert.Equal("campus-board", provider.GetRequiredKeyedService<InterviewAdvisor>("campus").Policy.Name);
        Assert.Equal("executive-search", provider.GetRequiredKeyedService<InterviewAdvisor>("executive").Policy.Name);
        Assert.Null(provider.GetService<InterviewAdvisor>());
    }

    [Fact]
    public void AddInterviewRules_InvalidPolicyFile_ResolutionListsEveryProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"name":"x","threshold":"high"}""");
        try
        {
            using var provider = new ServiceCollection().AddInterviewRules(b => b.UsePolicyFile(file)).BuildServiceProvider();

            var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<InterviewAdvisor>());

            Assert.StartsWith($"The policy file \"{file}\" is not a valid policy: ", ex.Message, StringComparison.Ordinal);
            Assert.Equal(2, Assert.IsType<InvalidInputException>(ex.InnerException).Errors.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AddInterviewRules_MissingPolicyFile_NamesThePathAndTheReason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"missing-{System.Guid.NewGuid():N}.json");
        using var provider = new ServiceCollection().AddInterviewRules(b => b.UsePolicyFile(file)).BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<InterviewAdvisor>());

        Assert.StartsWith($"The policy file \"{file}\" cannot be read: ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<FileNotFoundException>(ex.InnerException);
    }

    [Fact]
    public void AddInterviewRules_PolicyFileThatNeverEnds_StopsAtTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var provider = new ServiceCollection().AddInterviewRules(b => b.UsePolicyFile("/dev/zero")).BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<InterviewAdvisor>());

        Assert.Equal("The policy file \"/dev/zero\" is more than 1048576 bytes long; a policy may be at most 1048576 bytes.", ex.Message);
    }
}
