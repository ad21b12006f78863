@echo off
rem Starts Duizhao on Windows. Double-click it to open the workbench, or run it in a console:
rem   duizhao.bat [--open PROJECT_DIR]   the workbench (on that project)
rem   duizhao.bat COMMAND [ARGS...]      a command, headless; duizhao.bat --help lists them
rem Environment: JAVA (java.exe; default: the bundled jre\bin\java.exe if any, else
rem %JAVA_HOME%\bin\java.exe, else java on PATH), DUIZHAO_DATA (workbench state, default
rem %USERPROFILE%\.duizhao\workspace), DUIZHAO_VMARGS (JVM options, default -Xmx2g).
setlocal EnableExtensions
set "HERE=%~dp0"
if defined JAVA goto havejava
if exist "%HERE%jre\bin\java.exe" set "JAVA=%HERE%jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA set "JAVA=java"
:havejava
set "JV="
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined JV set "JV=%%~v"
if not defined JV (
  echo duizhao: no Java found ^(no java on PATH, no JAVA_HOME^). 1>&2
  goto needjava
)
for /f "tokens=1,2 delims=.-+_" %%a in ("%JV%") do (set "MAJOR=%%a" & set "MINOR=%%b")
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
if %MAJOR% LSS 17 (
  echo duizhao: %JAVA% is Java %JV%. 1>&2
  goto needjava
)
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if not defined LAUNCHER (
  echo duizhao: no launcher jar under %HERE%plugins 1>&2
  exit /b 2
)
if not defined DUIZHAO_DATA set "DUIZHAO_DATA=%USERPROFILE%\.duizhao\workspace"
set "CLI_VMARGS=%DUIZHAO_VMARGS%"
if not defined DUIZHAO_VMARGS set "CLI_VMARGS=-Xmx2g -Xmn512m"
set "BATCH_VMARGS=%DUIZHAO_VMARGS%"
if not defined DUIZHAO_VMARGS set "BATCH_VMARGS=-Xmx2g"
if not defined DUIZHAO_VMARGS set "DUIZHAO_VMARGS=-Xmx2g"
set "FIRST=%~1"
if "%FIRST%"=="-nl" set "FIRST=%~3"
if "%FIRST%"=="" goto workbench
if "%FIRST%"=="--open" goto workbench
if "%FIRST:~0,1%"=="-" if not "%FIRST%"=="--help" if not "%FIRST%"=="-h" if not "%FIRST%"=="--version" goto workbench
rem a command, headless, in the configuration without the workbench bundles; a short one with the
rem C1 compiler only and the serial collector (over before the others pay back), a batch command
rem over a whole project with the optimizing compiler and the parallel collector
set "CONFIG=%HERE%configuration\cli"
if not exist "%CONFIG%\config.ini" set "CONFIG=%HERE%configuration"
set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%c in (import search report diffusion reuse) do if /i "%FIRST%"=="%%c" (set "JIT=-XX:+UseParallelGC" & set "CLI_VMARGS=%BATCH_VMARGS%")
"%JAVA%" %JIT% -XX:-UsePerfData %CLI_VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -data "%DUIZHAO_DATA%" -configuration "%CONFIG%" -nosplash -application org.duizhao.cli.app %*
exit /b %ERRORLEVEL%
:workbench
"%JAVA%" %DUIZHAO_VMARGS% -jar "%LAUNCHER%" -data "%DUIZHAO_DATA%" -configuration "%HERE%configuration" -nosplash %*
exit /b %ERRORLEVEL%
:needjava
echo duizhao: Duizhao needs Java 17 or newer. Install a Java runtime 17+ for Windows x64, e.g. from 1>&2
echo duizhao:   https://adoptium.net ^(choose "Set JAVA_HOME"^), or: winget install EclipseAdoptium.Temurin.17.JRE 1>&2
echo duizhao:   Or set JAVA to its java.exe. 1>&2
rem keep the window open when started by a double-click
echo %CMDCMDLINE% | findstr /i /c:" /c " >nul && pause
exit /b 1
