# Multi-stage build: the SDK stage restores NHS.UK frontend from npm and publishes; the runtime stage has no SDK,
# no Node and runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props IncLead.sln ./
COPY src/IncLead.Documents/IncLead.Documents.csproj src/IncLead.Documents/
COPY src/IncLead.Web/IncLead.Web.csproj src/IncLead.Web/package.json src/IncLead.Web/package-lock.json src/IncLead.Web/
RUN dotnet restore src/IncLead.Web/IncLead.Web.csproj
COPY src/ src/
RUN dotnet publish src/IncLead.Web/IncLead.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q " 200 " <&3'
ENTRYPOINT ["dotnet", "IncLead.Web.dll"]
