using System;
using System.Threading.Tasks;
using InterviewRules;
using JobBoard.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace JobBoard;

/// <summary>Builds the job board: the API, the card page, health and metrics.</summary>
public static class JobBoardApp
{
    /// <summary>Builds the application; <paramref name="args"/> are the host's (for instance <c>--urls http://127.0.0.1:0</c>).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        Configure(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    internal static void Configure(WebApplicationBuilder builder)
    {
        builder.Services.AddInterviewRules();
        Tenants.Register(builder.Services, builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("InterviewRules")
            .AddPrometheusExporter());
    }

    internal static void Configure(WebApplication app)
    {
        // A broken tenant policy file stops the start with its path and reason, instead of failing requests later.
        app.Services.GetRequiredService<Tenants>().ResolveAll();

        // No answer is for a browser to sniff: set when the headers go out, so it survives the exception handler's reset.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            }, context.Response);
            return next();
        });
        app.Use(RequestTarget.RefuseDotSegments);

        // Anything the framework refuses (unknown route, wrong method, a malformed request) is a problem document too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        OpenApi.Map(app);
        app.MapPrometheusScrapingEndpoint("/metrics");
        Endpoints.Map(app);
        Page.Page.Map(app);
    }
}
