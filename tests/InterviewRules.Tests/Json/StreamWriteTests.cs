using System.IO;
using System.Text;
using Xunit;

namespace InterviewRules.Tests.Json;

public class StreamWriteTests
{
    [Theory]
    [MemberData(nameof(ExamplesTests.Names), MemberType = typeof(ExamplesTests))]
    public void WriteToAStream_GivesTheBytesOfTheText(string name)
    {
        var recommendation = InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(Examples.ScenarioBytes(name)));
        using var stream = new MemoryStream();

        InterviewJson.Write(recommendation, stream);

        Assert.Equal(Encoding.UTF8.GetBytes(InterviewJson.Write(recommendation)), stream.ToArray());
    }
}
