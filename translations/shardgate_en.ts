<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sg::ui::CatalogWorkspace</name>
    <message numerus="yes">
        <source>%Ln dataset(s) at %1</source>
        <translation>
            <numerusform>%Ln dataset at %1</numerusform>
            <numerusform>%Ln datasets at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeWorkspace</name>
    <message numerus="yes">
        <source>%Ln shard(s) evicted.</source>
        <translation>
            <numerusform>%Ln shard evicted.</numerusform>
            <numerusform>%Ln shards evicted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message numerus="yes">
        <source>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint(s) this home saw before.</source>
        <translation>
            <numerusform>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint this home saw before.</numerusform>
            <numerusform>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoints this home saw before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer(s).</source>
        <translation>
            <numerusform>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer.</numerusform>
            <numerusform>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</source>
        <translation>
            <numerusform>%Ln account differs from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</numerusform>
            <numerusform>%Ln accounts differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::PublishWorkspace</name>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln file, %1</numerusform>
            <numerusform>%Ln files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::SettingsWorkspace</name>
    <message numerus="yes">
        <source>%Ln public key(s) written to %1.</source>
        <translation>
            <numerusform>%Ln public key written to %1.</numerusform>
            <numerusform>%Ln public keys written to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
