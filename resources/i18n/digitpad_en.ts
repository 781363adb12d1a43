<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfusionMatrixView</name>
    <message numerus="yes">
        <source>All %Ln sample(s) that are a {0}: click to show them</source>
        <translation>
            <numerusform>All %Ln sample that are a {0}: click to show them</numerusform>
            <numerusform>All %Ln samples that are a {0}: click to show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln sample(s) read as a {0}: click to show them</source>
        <translation>
            <numerusform>All %Ln sample read as a {0}: click to show them</numerusform>
            <numerusform>All %Ln samples read as a {0}: click to show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDigitsView</name>
    <message numerus="yes">
        <source>%n drawing saved in {0}</source>
        <translation>
            <numerusform>%n drawing saved in {0}</numerusform>
            <numerusform>%n drawing saved in {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawings saved in {0}</source>
        <translation>
            <numerusform>%n drawings saved in {0}</numerusform>
            <numerusform>%n drawings saved in {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalSwitch</name>
    <message numerus="yes">
        <source>Read with {0} (and %n drawing(s) it read right)</source>
        <translation>
            <numerusform>Read with {0} (and %n drawing it read right)</numerusform>
            <numerusform>Read with {0} (and %n drawings it read right)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message numerus="yes">
        <source>Fine-tuning {0} on %n of your digit(s): step {1} of {2}...</source>
        <translation>
            <numerusform>Fine-tuning {0} on %n of your digit: step {1} of {2}...</numerusform>
            <numerusform>Fine-tuning {0} on %n of your digits: step {1} of {2}...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fine-tuned {0} on %n of your digit(s) in {1}.</source>
        <translation>
            <numerusform>Fine-tuned {0} on %n of your digit in {1}.</numerusform>
            <numerusform>Fine-tuned {0} on %n of your digits in {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) and {0} of {1} steps in {2}</source>
        <translation>
            <numerusform>%n epoch and {0} of {1} steps in {2}</numerusform>
            <numerusform>%n epochs and {0} of {1} steps in {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) in {0}</source>
        <translation>
            <numerusform>%n epoch in {0}</numerusform>
            <numerusform>%n epochs in {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message numerus="yes">
        <source>%Ln run(s) written to {0}</source>
        <translation>
            <numerusform>%Ln run written to {0}</numerusform>
            <numerusform>%Ln runs written to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message numerus="yes">
        <source>Taught in {0}, with %n drawing(s) it read right.</source>
        <translation>
            <numerusform>Taught in {0}, with %n drawing it read right.</numerusform>
            <numerusform>Taught in {0}, with %n drawings it read right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message numerus="yes">
        <source>Done: %n epoch(s) in {0}</source>
        <translation>
            <numerusform>Done: %n epoch in {0}</numerusform>
            <numerusform>Done: %n epochs in {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PersonalName</name>
    <message numerus="yes">
        <source>digitpad, taught by you: %n correction(s)</source>
        <translation>
            <numerusform>digitpad, taught by you: %n correction</numerusform>
            <numerusform>digitpad, taught by you: %n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
</TS>
