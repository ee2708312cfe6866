using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Xml;
using InterviewRules.Localization;
using InterviewRules.Policies;
using InterviewRules.Rendering;

namespace InterviewRules.Fuzz;

/// <summary>
/// The three fuzzing targets, shared by the AFL++ harness (Program.cs) and the tests that replay the corpus
/// (FuzzCorpusTests links this file), so a replayed input runs exactly what the fuzzer ran. Bad input must end in a
/// false Try…; anything else escaping, or an output that is not well-formed, is a crash.
/// </summary>
public static class FuzzTargets
{
    // English (no culture) and every other shipped language.
    private static readonly CultureInfo?[] Cultures = [null, .. Languages.Shipped.Skip(1).Select(code => CultureInfo.GetCultureInfo(code))];

    private static readonly InterviewScenario[] Probes =
    [
        new(new Candidate(0.5, 0, true), new Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video), [Concern.NotInterested]),
        new(new Candidate(9, 4, false, 2), new Opportunity(InterviewerRole.Executive, InterviewFormat.OnSite, 8, 3, "finance"), [Concern.TooBusy], [RedFlag.HighTurnover], [RedFlag.HostileCulture]),
        new(new Candidate(3, 1, true, 5), new Opportunity(InterviewerRole.Unknown, InterviewFormat.Phone, 0, 0.5), [Concern.VagueBadFeeling], null, [RedFlag.UntrustworthyLeadership]),
    ];

    /// <summary>Gets the target of a name: <c>scenario</c>, <c>policy</c> or <c>render</c>.</summary>
    public static Action<byte[]> Get(string name) => name switch
    {
        "scenario" => Scenario,
        "policy" => Policy,
        "render" => Render,
        _ => throw new ArgumentException($"\"{name}\" is not a target; the targets are scenario, policy and render.", nameof(name)),
    };

    /// <summary>The scenario readers (one scenario, and a list of them), and the evaluation of what they accept.</summary>
    public static void Scenario(byte[] input)
    {
        if (InterviewJson.TryReadScenario(input, out var scenario, out _))
        {
            var recommendation = InterviewAdvisor.Default.Recommend(scenario);
            Json(InterviewJson.Write(recommendation));
            _ = recommendation.ToString();
            if (!scenario.Equals(InterviewJson.ReadScenario(InterviewJson.Write(scenario))))
            {
                throw new InvalidOperationException("A scenario written and read back is not the same scenario.");
            }
        }

        if (InterviewJson.TryReadScenarios(input, out var scenarios, out _))
        {
            _ = InterviewAdvisor.Default.Rank(scenarios);
        }
    }

    /// <summary>The policy reader, and advisors made from what it accepts, evaluating and rendering a few scenarios (custom texts and templates included).</summary>
    public static void Policy(byte[] input)
    {
        if (!InterviewJson.TryReadPolicy(input, out var policy, out _))
        {
            return;
        }

        var advisor = InterviewAdvisor.Create(policy);
        foreach (var probe in Probes)
        {
            var recommendation = advisor.Recommend(probe);
            if (advisor.Score(probe).Decision != recommendation.Decision)
            {
                throw new InvalidOperationException("Score and Recommend disagree.");
            }

            Outputs(recommendation, advisor.Counterfactuals(probe));
        }

        Json(policy.CanonicalJson);
        if (InterviewJson.ReadPolicy(policy.CanonicalJson).Fingerprint != policy.Fingerprint)
        {
            throw new InvalidOperationException("A policy's canonical JSON read back has another fingerprint.");
        }
    }

    /// <summary>Every renderer in both languages, with what would change the advice, and the ranking, for what the scenario readers accept.</summary>
    public static void Render(byte[] input)
    {
        var advisor = InterviewAdvisor.Default;
        if (InterviewJson.TryReadScenario(input, out var scenario, out _))
        {
            Outputs(advisor.Recommend(scenario), advisor.Counterfactuals(scenario));
        }

        if (InterviewJson.TryReadScenarios(input, out var scenarios, out _))
        {
            foreach (var culture in Cultures)
            {
                Json(InterviewJson.WriteRanking(advisor, scenarios, culture));
            }
        }
    }

    private static void Outputs(Recommendation recommendation, System.Collections.Generic.IReadOnlyList<Explanations.Counterfactual> counterfactuals)
    {
        foreach (var culture in Cultures)
        {
            _ = Renderers.Render("text", recommendation, counterfactuals, culture);
            _ = Renderers.Render("markdown", recommendation, counterfactuals, culture);
            Json(Renderers.Render("json", recommendation, counterfactuals, culture));
            var svg = new XmlDocument { XmlResolver = null };
            svg.LoadXml(Renderers.Render("svg", recommendation, counterfactuals, culture));
        }
    }

    private static void Json(string text)
    {
        using var _ = JsonDocument.Parse(text);
    }
}
