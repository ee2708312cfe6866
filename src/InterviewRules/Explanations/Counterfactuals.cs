using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Json;

namespace InterviewRules.Explanations;

/// <summary>
/// What would change the advice: the cheapest plausible edits of a scenario that flip the decision. The search is
/// bounded: every single edit of the catalogue, then every pair of edits that touch different parts of the
/// scenario (at most a few hundred evaluations, never an exponential search), through the allocation-free
/// <see cref="InterviewAdvisor.Score(InterviewScenario)"/>. Results are deterministic: cheapest first, then single
/// edits before pairs, then catalogue order.
/// </summary>
/// <remarks>
/// The catalogue, with costs: make it a video interview (1; format video, no travel); a trip of at most an hour (2);
/// drop one voiced concern, each concern the article rebuts (1); learn that one red flag is unfounded (3); three more
/// opportunities in play (2); start looking actively (3); stop looking actively (3).
/// </remarks>
internal static class Counterfactuals
{
    /// <summary>What renderers say, in English, when no catalogued change flips the decision.</summary>
    public static string NoneText => GetNoneText(null);

    /// <summary>The most counterfactuals returned.</summary>
    public const int MaxResults = 3;

    /// <summary>Gets what renderers say when no catalogued change flips the decision, in a culture's language (see <see cref="Localization.Languages"/>).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>The sentence.</returns>
    public static string GetNoneText(CultureInfo? culture) => Localization.Texts.Get("counterfactual.none", culture);

    /// <summary>Lists the catalogue's edits that apply to a scenario (those that change something), in catalogue order.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The applicable edits.</returns>
    public static IReadOnlyList<ScenarioEdit> Catalogue(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var o = scenario.Opportunity;
        var c = scenario.Candidate;
        var edits = new List<ScenarioEdit>();
        if (o.Format != InterviewFormat.Video || o.TravelHours > 0)
        {
            edits.Add(new("video", "edit.video", null, 1, "opportunity", s => s.With(opportunity: new Opportunity(s.Opportunity.Interviewer, InterviewFormat.Video, 0, s.Opportunity.DurationHours, s.Opportunity.Industry))));
        }

        if (o.TravelHours > 1)
        {
            edits.Add(new("shorter-trip", "edit.shorter-trip", null, 2, "opportunity", s => s.With(opportunity: new Opportunity(s.Opportunity.Interviewer, s.Opportunity.Format, 1, s.Opportunity.DurationHours, s.Opportunity.Industry))));
        }

        foreach (var concern in scenario.Concerns)
        {
            var name = ContractNames.Of(concern);
            edits.Add(new($"drop:{name}", "edit.drop", name, 1, $"concern:{name}", s => s.With(concerns: s.Concerns.Where(x => x != concern).ToArray())));
        }

        foreach (var flag in scenario.RedFlags)
        {
            var name = ContractNames.Of(flag);
            edits.Add(new($"unfounded:{name}", "edit.unfounded", name, 3, $"flag:{name}", s => s.With(redFlags: s.RedFlags.Where(x => x != flag).ToArray())));
        }

        if (c.OtherOpportunities <= 997)
        {
            edits.Add(new("more-opportunities", "edit.more-opportunities", null, 2, "opportunities", s => s.With(candidate: new Candidate(s.Candidate.YearsOfExperience, s.Candidate.InterviewsInLastYear, s.Candidate.ActivelyLooking, s.Candidate.OtherOpportunities + 3))));
        }

        edits.Add(c.ActivelyLooking
            ? new("stop-looking", "edit.stop-looking", null, 3, "looking", s => s.With(candidate: new Candidate(s.Candidate.YearsOfExperience, s.Candidate.InterviewsInLastYear, false, s.Candidate.OtherOpportunities)))
            : new("start-looking", "edit.start-looking", null, 3, "looking", s => s.With(candidate: new Candidate(s.Candidate.YearsOfExperience, s.Candidate.InterviewsInLastYear, true, s.Candidate.OtherOpportunities))));
        return edits;
    }

    /// <summary>Finds up to three counterfactuals that flip the advisor's decision on a scenario.</summary>
    /// <param name="advisor">The advisor whose decision is to flip.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>Up to three, cheapest first; empty when no catalogued edit, alone or paired, flips the decision.</returns>
    public static IReadOnlyList<Counterfactual> Find(InterviewAdvisor advisor, InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(scenario);
        var original = advisor.Score(scenario);
        var edits = Catalogue(scenario);
        var candidates = new List<(ScenarioEdit[] Edits, int Cost, int Order, InterviewScenario Scenario, Engine.ScoreResult Result)>();
        var order = 0;
        foreach (var edit in edits)
        {
            var edited = edit.Apply(scenario);
            var result = advisor.Score(edited);
            if (result.Decision != original.Decision)
            {
                candidates.Add(([edit], edit.Cost, order, edited, result));
            }

            order++;
        }

        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                // A pair is worth reporting only if neither edit flips the decision alone, and it edits two different things.
                if (edits[i].Touches == edits[j].Touches || candidates.Any(c => c.Edits.Length == 1 && (c.Edits[0] == edits[i] || c.Edits[0] == edits[j])))
                {
                    continue;
                }

                var edited = edits[j].Apply(edits[i].Apply(scenario));
                var result = advisor.Score(edited);
                if (result.Decision != original.Decision)
                {
                    candidates.Add(([edits[i], edits[j]], edits[i].Cost + edits[j].Cost, order, edited, result));
                }

                order++;
            }
        }

        var before = advisor.RecommendUnobserved(scenario);
        return Engine.ReadOnlyArray<Counterfactual>.Own(candidates
            .OrderBy(c => c.Cost)
            .ThenBy(c => c.Edits.Length)
            .ThenBy(c => c.Order)
            .Take(MaxResults)
            .Select(c => new Counterfactual(Engine.ReadOnlyArray<ScenarioEdit>.Own(c.Edits), c.Cost, c.Result.Decision, c.Result.Score, Engine.ReadOnlyArray<string>.Own(Changed(before, advisor.RecommendUnobserved(c.Scenario))), c.Scenario))
            .ToArray());
    }

    private static string[] Changed(Recommendation before, Recommendation after)
    {
        var ids = before.FiredRuleIds.Union(after.FiredRuleIds, StringComparer.Ordinal);
        return ids
            .Where(id => before.FindingFor(id)?.Weight != after.FindingFor(id)?.Weight || before.Fired(id) != after.Fired(id))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
