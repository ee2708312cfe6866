using System.Linq;
using System.Text;
using Xunit;

namespace InterviewRules.Tests.Json;

public class ScenarioJsonTests
{
    private const string Valid = """
        {
          "candidate": { "yearsOfExperience": 1.5, "interviewsInLastYear": 0, "activelyLooking": true, "otherOpportunities": 1 },
          "opportunity": { "interviewer": "recruiter", "format": "video", "travelHours": 0, "durationHours": 1, "industry": "finance" },
          "concerns": ["notInterested", "tooBusy"],
          "redFlags": []
        }
        """;

    private static InputError Single(string json)
    {
        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(json), out var scenario, out var errors));
        Assert.Null(scenario);
        return Assert.Single(errors);
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    [Fact]
    public void Read_DesignExample_ReadsEveryField()
    {
        var scenario = InterviewJson.ReadScenario(Valid);

        Assert.Equal(1.5, scenario.Candidate.YearsOfExperience);
        Assert.Equal(1, scenario.Candidate.OtherOpportunities);
        Assert.Equal(InterviewerRole.Recruiter, scenario.Opportunity.Interviewer);
        Assert.Equal("finance", scenario.Opportunity.Industry);
        Assert.Equal([Concern.NotInterested, Concern.TooBusy], scenario.Concerns);
        Assert.Empty(scenario.RedFlags);
    }

    [Fact]
    public void Read_MinimalDocument_AppliesDocumentedDefaults()
    {
        var scenario = InterviewJson.ReadScenario("""{"candidate":{"yearsOfExperience":3,"interviewsInLastYear":2,"activelyLooking":false},"opportunity":{"interviewer":"peer","format":"onSite"}}""");

        Assert.Equal(0, scenario.Candidate.OtherOpportunities);
        Assert.Equal(0, scenario.Opportunity.TravelHours);
        Assert.Equal(1, scenario.Opportunity.DurationHours);
        Assert.Null(scenario.Opportunity.Industry);
        Assert.Empty(scenario.Concerns);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)];

        Assert.True(InterviewJson.TryReadScenario(bytes, out _, out var errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Read_NegativeZero_ReadsAsZero()
    {
        var scenario = InterviewJson.ReadScenario(Replace("\"travelHours\": 0", "\"travelHours\": -0"));

        Assert.Equal(0, scenario.Opportunity.TravelHours);
        Assert.False(double.IsNegative(scenario.Opportunity.TravelHours));
    }

    [Theory]
    [InlineData("\"yearsOfExperience\": 1.5", "\"yearsOfExperience\": -2", "$.candidate.yearsOfExperience", "candidate.yearsOfExperience is -2; it must be between 0 and 70.")]
    [InlineData("\"yearsOfExperience\": 1.5", "\"yearsOfExperience\": 70.5", "$.candidate.yearsOfExperience", "candidate.yearsOfExperience is 70.5; it must be between 0 and 70.")]
    [InlineData("\"yearsOfExperience\": 1.5", "\"yearsOfExperience\": \"1.5\"", "$.candidate.yearsOfExperience", "candidate.yearsOfExperience is the string \"1.5\"; it must be a number between 0 and 70.")]
    [InlineData("\"yearsOfExperience\": 1.5", "\"yearsOfExperience\": 1e309", "$.candidate.yearsOfExperience", "candidate.yearsOfExperience is 1e309, which is not a finite number; it must be a number between 0 and 70.")]
    [InlineData("\"yearsOfExperience\": 1.5", "\"yearsOfExperience\": null", "$.candidate.yearsOfExperience", "candidate.yearsOfExperience is null; it must be a number between 0 and 70.")]
    [InlineData("\"yearsOfExperience\": 1.5, ", "", "$.candidate.yearsOfExperience", "candidate.yearsOfExperience is missing; it is required: a number between 0 and 70.")]
    [InlineData("\"interviewsInLastYear\": 0", "\"interviewsInLastYear\": 2.5", "$.candidate.interviewsInLastYear", "candidate.interviewsInLastYear is 2.5; it must be a whole number between 0 and 1000.")]
    [InlineData("\"interviewsInLastYear\": 0", "\"interviewsInLastYear\": 1001", "$.candidate.interviewsInLastYear", "candidate.interviewsInLastYear is 1001; it must be a whole number between 0 and 1000.")]
    [InlineData("\"activelyLooking\": true", "\"activelyLooking\": \"yes\"", "$.candidate.activelyLooking", "candidate.activelyLooking is the string \"yes\"; it must be true or false.")]
    [InlineData("\"otherOpportunities\": 1", "\"otherOpportunities\": -1", "$.candidate.otherOpportunities", "candidate.otherOpportunities is -1; it must be a whole number between 0 and 1000.")]
    [InlineData("\"interviewer\": \"recruiter\"", "\"interviewer\": \"ceo\"", "$.opportunity.interviewer", "opportunity.interviewer is \"ceo\"; it must be one of recruiter, hiringManager, departmentHead, executive, peer, unknown.")]
    [InlineData("\"format\": \"video\"", "\"format\": \"Video\"", "$.opportunity.format", "opportunity.format is \"Video\"; it must be one of video, phone, onSite (names are case-sensitive: did you mean \"video\"?).")]
    [InlineData("\"format\": \"video\"", "\"format\": 1", "$.opportunity.format", "opportunity.format is 1; it must be one of video, phone, onSite.")]
    [InlineData("\"travelHours\": 0", "\"travelHours\": 100.5", "$.opportunity.travelHours", "opportunity.travelHours is 100.5; it must be between 0 and 100.")]
    [InlineData("\"durationHours\": 1", "\"durationHours\": 0", "$.opportunity.durationHours", "opportunity.durationHours is 0; it must be more than 0 and at most 100.")]
    [InlineData("\"industry\": \"finance\"", "\"industry\": null", "$.opportunity.industry", "opportunity.industry is null; it must be a text of at most 200 characters, or be left out.")]
    [InlineData("\"industry\": \"finance\"", "\"industry\": \"  \"", "$.opportunity.industry", "opportunity.industry is \"  \"; it must be a non-blank text of at most 200 characters, or be left out.")]
    [InlineData("[\"notInterested\", \"tooBusy\"]", "[\"notInterested\", \"notInterested\"]", "$.concerns[1]", "concerns[1] is \"notInterested\", which is already listed; each value may appear only once.")]
    [InlineData("[\"notInterested\", \"tooBusy\"]", "[\"bored\"]", "$.concerns[0]", "concerns[0] is \"bored\"; it must be one of notInterested, wrongIndustry, vagueBadFeeling, fearOfLeadingOn, tooBusy, fearOfRejection, waitingOnFirstChoice.")]
    [InlineData("[\"notInterested\", \"tooBusy\"]", "\"tooBusy\"", "$.concerns", "concerns is the string \"tooBusy\"; it must be an array of distinct values from notInterested, wrongIndustry, vagueBadFeeling, fearOfLeadingOn, tooBusy, fearOfRejection, waitingOnFirstChoice.")]
    [InlineData("\"redFlags\": []", "\"redFlags\": [null]", "$.redFlags[0]", "redFlags[0] is null; it must be one of negativeManagement, leadershipConflict, highTurnover, hostileCulture, untrustworthyLeadership.")]
    [InlineData("\"redFlags\": []", "\"redFlags\": [], \"mood\": \"tired\"", "$.mood", "mood is not a known property; the allowed properties are candidate, opportunity, concerns, redFlags, rumours.")]
    [InlineData("\"otherOpportunities\": 1", "\"otherOpportunities\": 1, \"age\": 30", "$.candidate.age", "candidate.age is not a known property; the allowed properties of candidate are yearsOfExperience, interviewsInLastYear, activelyLooking, otherOpportunities.")]
    [InlineData("\"activelyLooking\": true", "\"activelyLooking\": true, \"activelyLooking\": false", "$.candidate.activelyLooking", "candidate.activelyLooking appears more than once; each property may appear only once.")]
    public void Read_ContractViolation_NamesPathValueAndAllowed(string from, string to, string path, string message)
    {
        var error = Single(Replace(from, to));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("""{"candidate":{"yearsOfExperience":1,"interviewsInLastYear":0,"activelyLooking":true},"opportunity":{"interviewer":"peer","format":"video"},}""", "trailing comma")]
    [InlineData("{ // comment\n \"candidate\":{}}", "comment")]
    [InlineData("{\"candidate\":", "should be closed")]
    [InlineData("", "empty")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("42", "must be a JSON object")]
    public void Read_NotAScenarioDocument_OneErrorAtTheRoot(string json, string expected)
    {
        var error = Single(json);

        Assert.Equal("$", error.Path);
        Assert.Contains(expected, error.Message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_MissingObjects_ReportsBoth()
    {
        Assert.False(InterviewJson.TryReadScenario("{}"u8.ToArray(), out _, out var errors));

        Assert.Equal(["$.candidate", "$.opportunity"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Contains("is missing; it is required", e.Message));
    }

    [Fact]
    public void Read_MissingObjects_NameOnlyTheirRequiredFieldsAsRequired()
    {
        Assert.False(InterviewJson.TryReadScenario("{}"u8.ToArray(), out _, out var errors));

        Assert.Equal(
            [
                "candidate is missing; it is required: an object with yearsOfExperience, interviewsInLastYear and activelyLooking.",
                "opportunity is missing; it is required: an object with interviewer and format.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Read_ObjectOfTheWrongType_SaysWhichOfItsFieldsMayBeLeftOut()
    {
        var error = Single(Replace("\"candidate\": { \"yearsOfExperience\": 1.5, \"interviewsInLastYear\": 0, \"activelyLooking\": true, \"otherOpportunities\": 1 }", "\"candidate\": 3"));

        Assert.Equal("candidate is 3; it must be an object with yearsOfExperience, interviewsInLastYear and activelyLooking (otherOpportunities may be left out).", error.Message);
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOne()
    {
        const string Bad = """
            {"candidate":{"yearsOfExperience":-1,"interviewsInLastYear":"2","activelyLooking":null,"extra":1},
             "opportunity":{"interviewer":"boss","format":"fax","travelHours":-3,"durationHours":0},
             "concerns":["tooBusy","tooBusy","nope"],"redFlags":"none","other":true}
            """;

        Assert.False(InterviewJson.TryReadScenario(Encoding.UTF8.GetBytes(Bad), out _, out var errors));

        Assert.Equal(
            ["$.other", "$.candidate.extra", "$.candidate.yearsOfExperience", "$.candidate.interviewsInLastYear", "$.candidate.activelyLooking",
             "$.opportunity.interviewer", "$.opportunity.format", "$.opportunity.travelHours", "$.opportunity.durationHours",
             "$.concerns[1]", "$.concerns[2]", "$.redFlags"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void Read_InvalidUtf8_SaysWhere()
    {
        byte[] bytes = [.. "{\"candidate\":\""u8, 0xFF, .. "\"}"u8];

        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => InterviewJson.ReadScenario(bytes)).Errors);

        Assert.Equal("$", error.Path);
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("offset 14", error.Message);
    }

    [Fact]
    public void Read_DeepNesting_RejectedWithoutCrash()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var error = Single(json);

        Assert.Contains("nesting at most 64 deep", error.Message);
    }

    [Fact]
    public void Read_TooManyConcerns_OneError()
    {
        var concerns = string.Join(",", Enumerable.Repeat("\"tooBusy\"", 100_000));

        var error = Single(Replace("[\"notInterested\", \"tooBusy\"]", $"[{concerns}]"));

        Assert.Equal("$.concerns", error.Path);
        Assert.Contains("has 100000 items", error.Message);
    }

    [Fact]
    public void Read_OversizedDocument_Rejected()
    {
        var json = Replace("\"finance\"", "\"" + new string('x', 2 * 1024 * 1024) + "\"");

        var error = Single(json);

        Assert.Contains("may be at most 1048576 bytes", error.Message);
    }

    [Fact]
    public void Write_ThenRead_GivesAnEqualScenario()
    {
        var scenario = InterviewJson.ReadScenario(Valid);

        var again = InterviewJson.ReadScenario(InterviewJson.Write(scenario));

        Assert.Equal(scenario, again);
    }

    [Fact]
    public void Write_EveryFactInContractOrder_AnAbsentIndustryLeftOut()
    {
        var scenario = InterviewJson.ReadScenario(Valid.Replace("\"finance\"", "\"café \\\"& co\\\"\"", System.StringComparison.Ordinal));
        var withoutIndustry = scenario.With(opportunity: new Opportunity(InterviewerRole.Peer, InterviewFormat.OnSite, 2.5), redFlags: [RedFlag.HighTurnover]);

        Assert.Equal(
            """
            {
              "candidate": {
                "yearsOfExperience": 1.5,
                "interviewsInLastYear": 0,
                "activelyLooking": true,
                "otherOpportunities": 1
              },
              "opportunity": {
                "interviewer": "recruiter",
                "format": "video",
                "travelHours": 0,
                "durationHours": 1,
                "industry": "café \"& co\""
              },
              "concerns": [
                "notInterested",
                "tooBusy"
              ],
              "redFlags": [],
              "rumours": []
            }

            """,
            InterviewJson.Write(scenario));
        Assert.Contains(
            """
              "opportunity": {
                "interviewer": "peer",
                "format": "onSite",
                "travelHours": 2.5,
                "durationHours": 1
              },
            """,
            InterviewJson.Write(withoutIndustry),
            System.StringComparison.Ordinal);
        Assert.EndsWith("\"redFlags\": [\n    \"highTurnover\"\n  ],\n  \"rumours\": []\n}\n", InterviewJson.Write(withoutIndustry), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMany_BadElements_ReportedWithTheirIndex()
    {
        var json = $"[{Valid}, {Replace("\"yearsOfExperience\": 1.5", "\"yearsOfExperience\": -1")}, 42, {Replace("\"industry\": \"finance\"", "\"industry\": \"\"")}]";

        Assert.False(InterviewJson.TryReadScenarios(Encoding.UTF8.GetBytes(json), out var scenarios, out var errors));

        Assert.Null(scenarios);
        Assert.Equal(["$[1].candidate.yearsOfExperience", "$[2]", "$[3].opportunity.industry"], errors.Select(e => e.Path));
        Assert.Equal("[1].candidate.yearsOfExperience is -1; it must be between 0 and 70.", errors[0].Message);
    }

    [Fact]
    public void ReadMany_Valid_KeepsOrder()
    {
        Assert.True(InterviewJson.TryReadScenarios(Encoding.UTF8.GetBytes($"[{Valid}, {Replace("1.5", "9")}]"), out var scenarios, out _));

        Assert.Equal([1.5, 9], scenarios!.Select(s => s.Candidate.YearsOfExperience));
    }
}
