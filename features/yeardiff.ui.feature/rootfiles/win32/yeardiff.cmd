@echo off
rem The yeardiff command: the headless application of this installation. Needs Java 21 or newer.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
"%JAVA%" -Xmx2g -Dfile.encoding=UTF-8 "-Djava.util.logging.config.file=%HERE%logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "%LAUNCHER%" -install "%HERE%." -data @none -application yeardiff.cli.application -nosplash %*
