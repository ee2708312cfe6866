using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace InterviewRules.Tests.Policies;

/// <summary>
/// Each custom rule of the sample policies in docs/policies fires exactly where its title says, over a grid of
/// scenarios that crosses every interviewer, format, a range of trips and durations, experience and concerns.
/// </summary>
public class SamplePolicyRulesTests
{
    public static TheoryData<string, string> Rules => new()
    {
        { "executive-search", "relocation" },
        { "executive-search", "board-level-contact" },
        { "campus-board", "first-interview-ever" },
    };

    // What each title promises, in plain code.
    private static readonly Dictionary<string, Func<InterviewScenario, bool>> Promises = new()
    {
        // "A long way from home": an on-site interview more than six hours' travel away.
        ["relocation"] = s => s.Opportunity.Format == InterviewFormat.OnSite && s.Opportunity.TravelHours > 6,
        // "A board-level contact": an executive or a department head, never a recruiter, a peer or the hiring manager.
        ["board-level-contact"] = s => s.Opportunity.Interviewer is InterviewerRole.Executive or InterviewerRole.DepartmentHead,
        // "Your first interview is the hardest": no interview in the last year and under a year of experience.
        ["first-interview-ever"] = s => s.Candidate.InterviewsInLastYear == 0 && s.Candidate.YearsOfExperience < 1,
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void ACustomRule_FiresExactlyWhereItsTitleSays(string policy, string ruleId)
    {
        var advisor = InterviewAdvisor.Create(InterviewJson.ReadPolicy(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "policies", policy + ".json"))));
        Assert.Contains(ruleId, advisor.Rules.Select(r => r.Descriptor.Id));

        var wrong = Grid().Where(s => advisor.Recommend(s).Fired(ruleId) != Promises[ruleId](s)).Take(3).Select(s => s.ToString()).ToArray();

        Assert.Empty(wrong);
        Assert.Contains(Grid(), s => Promises[ruleId](s));
    }

    private static IEnumerable<InterviewScenario> Grid()
    {
        foreach (var interviewer in Enum.GetValues<InterviewerRole>())
        {
            foreach (var format in Enum.GetValues<InterviewFormat>())
            {
                foreach (var travel in new[] { 0, 1, 6, 6.5, 10 })
                {
                    foreach (var (years, interviews) in new[] { (0.5, 0), (0.5, 2), (3.0, 0), (8.0, 4) })
                    {
                        foreach (var concerns in new Concern[][] { [], [Concern.WrongIndustry], [Concern.NotInterested, Concern.TooBusy] })
                        {
                            yield return Some.Scenario(Some.Candidate(years, interviews), Some.Opportunity(interviewer, format, travel, 2), concerns);
                        }
                    }
                }
            }
        }
    }
}
