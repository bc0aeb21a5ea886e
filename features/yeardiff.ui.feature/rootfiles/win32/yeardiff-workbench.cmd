@echo off
rem Starts the Yeardiff workbench. Needs Java 21 or newer.
setlocal
set "HERE=%~dp0"
set "JAVA=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw"
if not defined YEARDIFF_DATA set "YEARDIFF_DATA=%USERPROFILE%\.yeardiff\workspace"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
start "" "%JAVA%" -Xmx2g -Dfile.encoding=UTF-8 "-Djava.util.logging.config.file=%HERE%logging.properties" -jar "%LAUNCHER%" -install "%HERE%." -data "%YEARDIFF_DATA%" -product yeardiff.app.product -application yeardiff.app.application %*
