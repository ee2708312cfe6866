using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Localization;
using InterviewRules.Rendering;
using Xunit;

namespace InterviewRules.Tests.Localization;

public class LocalizationTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    // Words that are the same in both languages by nature, each with its reason; nothing a rule says.
    private static readonly Dictionary<string, string> IdenticalByDesign = new()
    {
        ["veto"] = "\"veto\" is the Spanish word too",
        ["plan-b.end"] = "only the full stop that ends the sentence",
        ["assess.then"] = "only the comma between an answer and where it leads",
        ["rules.heading.id"] = "the catalog's column of rule ids, which are the same in every language",
    };

    public static IEnumerable<object[]> TranslatedLanguages => Languages.Shipped.Where(l => l != Languages.English).Select(l => new object[] { l });

    /// <summary>Scenarios that between them reach every explanation variant of every article rule.</summary>
    public static IEnumerable<InterviewScenario> EveryVariant()
    {
        yield return Some.Scenario(Some.Candidate(years: 1, interviews: 0, looking: true, others: 0));
        yield return Some.Scenario(Some.Candidate(years: 1.5, interviews: 1, looking: true, others: 1), concerns: [Concern.WaitingOnFirstChoice, Concern.TooBusy]);
        yield return Some.Scenario(Some.Candidate(years: 0, interviews: 2, looking: false, others: 5), concerns: [Concern.WaitingOnFirstChoice, Concern.TooBusy, Concern.WrongIndustry]);
        yield return Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video, 0, 1, "finance"), [Concern.WrongIndustry, Concern.VagueBadFeeling, Concern.NotInterested]);
        yield return Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.Peer, InterviewFormat.Phone, 0.5, 0.5), [Concern.FearOfLeadingOn, Concern.FearOfRejection]);
        yield return Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.Executive, InterviewFormat.OnSite, 1, 2), redFlags: [RedFlag.HighTurnover]);
        yield return Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.DepartmentHead, InterviewFormat.OnSite, 6, 4), redFlags: [RedFlag.NegativeManagement, RedFlag.LeadershipConflict, RedFlag.HostileCulture, RedFlag.UntrustworthyLeadership]);
        yield return Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.Unknown, InterviewFormat.Video, 0, 9));
        yield return Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.HiringManager, InterviewFormat.Video, 3, 8));
        yield return Some.Scenario(Some.Candidate(looking: false), Some.Opportunity(InterviewerRole.Peer, InterviewFormat.OnSite, 1, 9));
        yield return Some.Scenario(Some.Candidate(years: 4, interviews: 1, looking: true, others: 2)).With(rumours: [RedFlag.HighTurnover, RedFlag.UntrustworthyLeadership]);
        yield return Some.Scenario(Some.Candidate(), concerns: [Concern.VagueBadFeeling]).With(rumours: [RedFlag.NegativeManagement, RedFlag.LeadershipConflict, RedFlag.HostileCulture]);
        yield return Some.Scenario(Some.Candidate(years: 2, interviews: 0, looking: false, others: 0), Some.Opportunity(InterviewerRole.Recruiter, InterviewFormat.OnSite, 9, 2), redFlags: [RedFlag.UntrustworthyLeadership]);
    }

    private static ResourceSet Neutral => Texts.Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;

    private static Dictionary<string, string> Entries(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static string[] Placeholders(string text) => Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryText_ShipsInEveryLanguage_DiffersFromEnglish_AndKeepsItsPlaceholders(string language)
    {
        var english = Entries(Neutral);
        var set = Texts.Resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"No {language} satellite resources: es/InterviewRules.resources.dll was not built or not deployed.");
        var translated = Entries(set!);

        var problems = new List<string>();
        foreach (var (key, text) in english)
        {
            if (!translated.TryGetValue(key, out var translation) || string.IsNullOrWhiteSpace(translation))
            {
                problems.Add($"{key}: missing in {language}");
            }
            else if (translation == text && !IdenticalByDesign.ContainsKey(key))
            {
                problems.Add($"{key}: the {language} text is the English text \"{text}\"");
            }
            else if (!Placeholders(translation).SequenceEqual(Placeholders(text)))
            {
                problems.Add($"{key}: placeholders {string.Join(",", Placeholders(translation))} in {language}, {string.Join(",", Placeholders(text))} in English");
            }
        }

        problems.AddRange(translated.Keys.Except(english.Keys).Select(k => $"{k}: in {language} but not in English"));
        Assert.Empty(problems);
        Assert.True(english.Count > 90, $"only {english.Count} texts: did the neutral resources load?");
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryArticleRule_HasTitleSourceAndWeight_InEveryLanguage_DifferentFromEnglish(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        foreach (var rule in ArticleRules.CreateDefaultRuleSet())
        {
            var english = rule.Descriptor.GetTexts(null);
            var translated = rule.Descriptor.GetTexts(culture);
            Assert.False(string.IsNullOrWhiteSpace(translated.Title), rule.Descriptor.Id);
            Assert.NotEqual(english.Title, translated.Title);
            Assert.NotEqual(english.Source, translated.Source);
            Assert.Equal(english, rule.Descriptor.GetTexts(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void EveryExplanationVariant_AndAllAdvice_IsTranslated_WithNoEnglishSentenceLeftIn()
    {
        var englishSentences = Entries(Neutral).Where(e => !IdenticalByDesign.ContainsKey(e.Key)).Select(e => e.Value)
            .SelectMany(t => Regex.Split(t, @"\{\d+\}")).Where(part => part.Trim().Length >= 12).ToArray();
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in EveryVariant())
        {
            foreach (var finding in InterviewAdvisor.Default.Recommend(scenario).Findings)
            {
                fired.Add(finding.RuleId);
                var spanish = finding.GetExplanation(Spanish);
                Assert.NotEqual(finding.Explanation, spanish);
                Assert.DoesNotContain("{", spanish, StringComparison.Ordinal);
                Assert.All(englishSentences, sentence => Assert.DoesNotContain(sentence, spanish, StringComparison.Ordinal));
                Assert.Equal(finding.Advice.Count, finding.GetAdvice(Spanish).Count);
                Assert.All(finding.Advice.Zip(finding.GetAdvice(Spanish)), pair => Assert.NotEqual(pair.First, pair.Second));
            }
        }

        Assert.Equal(ArticleRules.Definitions.Select(d => d.Id).Order(StringComparer.Ordinal), fired.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("es-ES")]
    [InlineData("ES")]
    public void RegionalCultures_UseTheirLanguage(string name)
    {
        var recommendation = InterviewAdvisor.Default.Recommend(Some.With(Concern.FearOfLeadingOn));

        Assert.Equal(Languages.Spanish, Languages.Resolve(CultureInfo.GetCultureInfo(name)));
        Assert.Equal(Renderers.Text.Render(recommendation, null, Spanish), Renderers.Text.Render(recommendation, null, CultureInfo.GetCultureInfo(name)));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    [InlineData("")]
    public void OtherCultures_FallBackToEnglish(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var recommendation = InterviewAdvisor.Default.Recommend(Some.With(Concern.FearOfLeadingOn));

        Assert.Equal(Languages.English, Languages.Resolve(culture));
        Assert.Equal(Renderers.Render("text", recommendation), Renderers.Text.Render(recommendation, null, culture));
        Assert.Equal(InterviewJson.Write(recommendation), InterviewJson.Write(recommendation, null, culture));
        Assert.Equal(name is "" or "en-GB", Languages.HasTexts(culture));
    }

    [Fact]
    public void TheThreadsCulture_NeverChangesTheTexts()
    {
        var scenario = Some.Scenario(Some.Candidate(years: 1.5, interviews: 0, looking: true), Some.Opportunity(format: InterviewFormat.Video, travel: 0, duration: 1.5));
        var englishText = Renderers.Render("text", InterviewAdvisor.Default.Recommend(scenario));
        var englishJson = InterviewJson.Write(InterviewAdvisor.Default.Recommend(scenario));
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-ES");
            var recommendation = InterviewAdvisor.Default.Recommend(scenario);

            Assert.Equal(englishText, Renderers.Render("text", recommendation));
            Assert.Equal(englishJson, InterviewJson.Write(recommendation));
            Assert.Contains("1.5 years", englishText, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void SpanishText_UsesADecimalComma_WhileSpanishJson_KeepsItsNumbers()
    {
        var scenario = Some.Scenario(Some.Candidate(years: 1.5, interviews: 0, looking: true), Some.Opportunity(format: InterviewFormat.Video, travel: 0, duration: 1.5));
        var recommendation = InterviewAdvisor.Default.Recommend(scenario);

        var text = Renderers.Text.Render(recommendation, null, Spanish);
        Assert.Contains("1,5 años", text, StringComparison.Ordinal);
        Assert.Contains("+0,5", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(InterviewJson.Write(recommendation, null, Spanish));
        var root = json.RootElement;
        Assert.Equal("es", root.GetProperty("language").GetString());
        Assert.Equal(recommendation.Score, root.GetProperty("score").GetDouble());
        var practice = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == ArticleRules.NeedPracticeId);
        Assert.Equal("Necesitas práctica", practice.GetProperty("title").GetString());
        Assert.Equal("reason", practice.GetProperty("kind").GetString());
        Assert.Equal(1.5, practice.GetProperty("evidence").GetProperty("candidate.yearsOfExperience").GetDouble());
    }

    [Fact]
    public void ThePolicysOwnTexts_StayAsWritten_InEveryLanguage()
    {
        var policy = InterviewJson.ReadPolicy("""
            { "name": "house", "version": "1.0.0", "customRules": [ { "id": "relocation", "kind": "cost", "effect": "decline", "weight": 2,
              "title": "A long way from home", "explanation": "The trip takes {opportunity.travelHours} hours.", "source": "house policy",
              "when": { "fact": "opportunity.travelHours", "op": "greaterThan", "value": 6 } } ] }
            """u8.ToArray());
        var recommendation = InterviewAdvisor.Create(policy).Recommend(Some.Scenario(opportunity: Some.Opportunity(travel: 7)));
        var custom = recommendation.FindingFor("relocation")!;

        Assert.Equal("A long way from home", custom.GetTitle(Spanish));
        Assert.Equal("The trip takes 7 hours.", custom.GetExplanation(Spanish));
        Assert.Equal("house policy", custom.GetSource(Spanish));
        Assert.Equal("Hacer contactos es bueno", recommendation.FindingFor(ArticleRules.NetworkingId)!.GetTitle(Spanish));
    }

    [Fact]
    public void Combinators_KeepTheInnerRulesTranslations()
    {
        var scenario = Some.With(Concern.FearOfLeadingOn);
        var scaled = Rule.Scale(ArticleRules.LeadingOn(), 2);
        var both = Rule.All(new RuleDescriptor("both", FindingKind.Reason, "Both", "house", "+1"), ArticleRules.LeadingOn(), ArticleRules.Networking());

        var scaledFinding = scaled.Evaluate(scenario)!;
        Assert.Equal("Hacer la entrevista no es dar falsas esperanzas", scaledFinding.GetTitle(Spanish));
        Assert.Equal("(+0,5) x 2", scaled.Descriptor.GetTexts(Spanish).WeightSummary);
        Assert.Equal("(+0,5) x 1,5", Rule.Scale(ArticleRules.LeadingOn(), 1.5).Descriptor.GetTexts(Spanish).WeightSummary);
        Assert.Equal("(+0,5) x 0", Rule.Scale(ArticleRules.LeadingOn(), -0.0).Descriptor.GetTexts(Spanish).WeightSummary);
        Assert.Equal("(+0.5) x 1.5", Rule.Scale(ArticleRules.LeadingOn(), 1.5).Descriptor.GetTexts(CultureInfo.GetCultureInfo("de-DE")).WeightSummary);
        Assert.Equal("(+1) x 1.5", Rule.Scale(Rule.When<InterviewScenario>(new RuleDescriptor("fixed", FindingKind.Reason, "Fixed", "house", "+1"), _ => true, 1, "Fixed."), 1.5).Descriptor.GetTexts(Spanish).WeightSummary);
        Assert.Equal(ArticleRules.LeadingOn().Evaluate(scenario)!.GetExplanation(Spanish), scaledFinding.GetExplanation(Spanish));

        var bothFinding = both.Evaluate(scenario)!;
        Assert.StartsWith("Te preocupa", bothFinding.GetExplanation(Spanish), StringComparison.Ordinal);
        Assert.Contains("vale la pena conocer", bothFinding.GetExplanation(Spanish), StringComparison.Ordinal);
        Assert.Equal(3, bothFinding.GetAdvice(Spanish).Count);
        Assert.Equal("Both", bothFinding.GetTitle(Spanish));
    }

    [Fact]
    public void Counterfactuals_SpeakTheAskedLanguage()
    {
        var scenario = Some.Scenario(Some.Candidate(), Some.Opportunity(InterviewerRole.HiringManager, InterviewFormat.OnSite, 10, 2), [Concern.NotInterested]);
        var counterfactuals = InterviewAdvisor.Default.Counterfactuals(scenario);

        Assert.NotEmpty(counterfactuals);
        Assert.All(counterfactuals, c => Assert.Matches("^(Algo que puedes hacer|Si las cosas fueran distintas): si ", c.GetText(Spanish)));
        Assert.All(counterfactuals, c => Assert.Matches("^(Something you can do|If things were different): if ", c.GetText(null)));
        Assert.Equal("Ningún cambio del catálogo, ni solo ni combinado con otro, cambiaría este consejo.", InterviewRules.Explanations.Counterfactuals.GetNoneText(Spanish));
        Assert.Equal(InterviewRules.Explanations.Counterfactuals.GetNoneText(null), InterviewRules.Explanations.Counterfactuals.GetNoneText(CultureInfo.GetCultureInfo("fr")));
    }

    [Fact]
    public void Spanish_IsThreadSafe_AndDeterministic()
    {
        var scenarios = EveryVariant().ToArray();
        var expected = scenarios.Select(s => Renderers.Markdown.Render(InterviewAdvisor.Default.Recommend(s), null, Spanish)).ToArray();
        var results = new string[8][];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            results[t] = Enumerable.Range(0, 50).SelectMany(_ => scenarios.Select((s, i) => Renderers.Markdown.Render(InterviewAdvisor.Default.Recommend(s), null, t % 2 == 0 ? Spanish : CultureInfo.GetCultureInfo("es-AR")))).ToArray();
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());

        Assert.All(results, r => Assert.Equal(Enumerable.Range(0, 50).SelectMany(_ => expected), r));
    }
}
