// The job-board sample: `dotnet run --project samples/JobBoard` serves http://127.0.0.1:5080 (appsettings.json).
JobBoard.JobBoardApp.Build(args).Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
