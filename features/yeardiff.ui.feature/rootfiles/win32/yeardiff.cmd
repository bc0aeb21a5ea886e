@echo off
rem The yeardiff command: the headless bundles of this installation as a plain Java program, on the
rem class path that lib\yeardiff.jar names, so no OSGi framework is started. Needs Java 21 or newer.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -Xmx2g -Dfile.encoding=UTF-8 "-Djava.util.logging.config.file=%HERE%logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "%HERE%lib\yeardiff.jar" %*
