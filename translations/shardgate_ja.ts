<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QObject</name>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate デモ</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared in %1:
%2</source>
        <translation>%1 にデモ用ワークスペースを準備できませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>sg::ui::BillModel</name>
    <message>
        <source>The receipts add up to %1, the market&apos;s books say %2 (difference %3).</source>
        <translation>受領証の合計は %1、マーケットの帳簿は %2 です（差額 %3）。</translation>
    </message>
    <message>
        <source>Creator payout</source>
        <translation>作成者への支払い</translation>
    </message>
    <message>
        <source>Buyer charges</source>
        <translation>購入者への請求</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>未比較</translation>
    </message>
    <message>
        <source>✗ differs by %1</source>
        <translation>✗ %1 の差</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>アカウントの種類</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>From receipts</source>
        <translation>受領証から</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>マーケットの帳簿</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogModel</name>
    <message>
        <source>the catalog is not JSON: %1</source>
        <translation>カタログが JSON ではありません: %1</translation>
    </message>
    <message>
        <source>%1 %2 / shard</source>
        <translation>%1 %2 / シャード</translation>
    </message>
    <message>
        <source>%1 · %2 files</source>
        <translation>%1 · %2 ファイル</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogWorkspace</name>
    <message>
        <source>train models on it</source>
        <translation>モデルの学習に使う</translation>
    </message>
    <message>
        <source>fine-tune models on it</source>
        <translation>モデルのファインチューニングに使う</translation>
    </message>
    <message>
        <source>evaluate models with it</source>
        <translation>モデルの評価に使う</translation>
    </message>
    <message>
        <source>transform it (derived data)</source>
        <translation>変換する（派生データ）</translation>
    </message>
    <message>
        <source>redistribute it</source>
        <translation>再配布する</translation>
    </message>
    <message>
        <source>use it commercially</source>
        <translation>商用利用する</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>トークンを取得</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>クレジットを購入…</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>curl コマンドをコピー</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Browse the datasets an edge offers, read their terms, and buy access.</source>
        <translation>エッジが提供するデータセットを閲覧し、条件を読んでアクセスを購入します。</translation>
    </message>
    <message>
        <source>Embedded edge</source>
        <translation>組み込みエッジ</translation>
    </message>
    <message>
        <source>Edge at URL</source>
        <translation>URL のエッジ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Search name, title, creator, license…</source>
        <translation>名前、タイトル、作成者、ライセンスを検索…</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>すべての用途</translation>
    </message>
    <message>
        <source>Allows %1</source>
        <translation>許可: %1</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>データセットを選択してください。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>購入者:</translation>
    </message>
    <message>
        <source>Buyer API key (sgk_…)</source>
        <translation>購入者の API キー (sgk_…)</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Get a token to see a ready curl command for a pipeline.</source>
        <translation>トークンを取得すると、パイプライン用の curl コマンドが表示されます。</translation>
    </message>
    <message>
        <source>curl command copied. It resumes with -C - if interrupted; the token expires at the time shown.</source>
        <translation>curl コマンドをコピーしました。中断されても -C - で再開します。トークンは表示された時刻に失効します。</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>クレジットを購入</translation>
    </message>
    <message>
        <source>Amount to add to %1&apos;s account:</source>
        <translation>%1 のアカウントに追加する金額:</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>ダウンロード先</translation>
    </message>
    <message>
        <source>none (type an API key)</source>
        <translation>なし（API キーを入力）</translation>
    </message>
    <message>
        <source>The embedded edge is not running; start it in Edge, or choose an edge URL.</source>
        <translation>組み込みエッジは実行されていません。「エッジ」で起動するか、エッジの URL を選んでください。</translation>
    </message>
    <message>
        <source>Type an edge URL.</source>
        <translation>エッジの URL を入力してください。</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>URL ではありません: %1</translation>
    </message>
    <message>
        <source>Loading the catalog from %1…</source>
        <translation>%1 からカタログを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot read the catalog of %1: %2</source>
        <translation>%1 のカタログを読み取れません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) at %1</source>
        <translation>
            <numerusform>%1 のデータセット %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 entries not understood)</source>
        <translation>（理解できないエントリ %1 件）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; files, %2 in %3 shards of up to %4 · by &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ファイル、%2（最大 %4 のシャード %3 個）· 作成者 &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;License in plain words&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ライセンスをわかりやすく&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; use it for anything yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;まだどの用途にも使用&lt;b&gt;できません&lt;/b&gt;。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You &lt;b&gt;may&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;許可&lt;b&gt;されています&lt;/b&gt;: %1。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;許可&lt;b&gt;されていません&lt;/b&gt;: %1。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Credit the creator as: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;作成者のクレジット表記: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Access ends on %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;アクセスは %1 に終了します。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator may revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;作成者はこのライセンスを取り消すことがあります。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator cannot revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;作成者はこのライセンスを取り消せません。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The license could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;ライセンスを読み取れませんでした: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Price&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;価格&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 %2 for the first delivery of each shard</source>
        <translation>&lt;p&gt;各シャードの初回配信ごとに %1 %2</translation>
    </message>
    <message>
        <source>, plus %1 %2 per GiB</source>
        <translation>、加えて GiB あたり %1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole dataset: &lt;b&gt;%1 %2&lt;/b&gt; (%3 shards). Resumed or repeated ranges of a shard in the same job are not charged again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;データセット全体: &lt;b&gt;%1 %2&lt;/b&gt;（シャード %3 個）。同じジョブ内で再開または繰り返されたシャードの範囲は再請求されません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Manifest &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;License hash &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;マニフェスト &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;ライセンスハッシュ &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s API key first.</source>
        <translation>先に購入者の API キーを入力してください。</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>%1 にトークンを要求しています…</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>トークンなし: %1</translation>
    </message>
    <message>
        <source>Token issued (expires %1). Fetch files with curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;path&gt;.</source>
        <translation>トークンを発行しました（有効期限 %1）。ファイルの取得: curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;パス&gt;</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金額: %1</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>0 より大きくなければなりません</translation>
    </message>
    <message>
        <source>Credits are bought in this home&apos;s market; no buyer account is selected.</source>
        <translation>クレジットはこのデータフォルダーのマーケットで購入します。購入者アカウントが選択されていません。</translation>
    </message>
    <message>
        <source>Credits not added: %1</source>
        <translation>クレジットを追加できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 now has %2 %3 available.</source>
        <translation>%1 の利用可能額は %2 %3 になりました。</translation>
    </message>
    <message>
        <source>%1@%2 queued in Downloads → %3</source>
        <translation>%1@%2 をダウンロードに追加しました → %3</translation>
    </message>
</context>
<context>
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 検証済み</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>— first</source>
        <translation>— 最初</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>ツリーサイズ</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>ルートハッシュ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation>前回と整合</translation>
    </message>
    <message>
        <source>Signed or seen (UTC)</source>
        <translation>署名または確認 (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Edge: failed</source>
        <translation>エッジ: 失敗</translation>
    </message>
    <message>
        <source>Edge failed: %1</source>
        <translation>エッジが失敗しました: %1</translation>
    </message>
    <message>
        <source>Log: %L1 receipts</source>
        <translation>ログ: レシート %L1 件</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>エッジ: 停止中</translation>
    </message>
    <message>
        <source>Edge: starting…</source>
        <translation>エッジ: 起動中…</translation>
    </message>
    <message>
        <source>Edge: running</source>
        <translation>エッジ: 実行中</translation>
    </message>
    <message>
        <source>Edge: stopping…</source>
        <translation>エッジ: 停止中…</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>クレジット: —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>ログ: —</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>エッジ</translation>
    </message>
</context>
<context>
    <name>sg::ui::DemoSetup</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>デモ用ワークスペースを準備しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate デモ</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadManager</name>
    <message>
        <source>waiting for the embedded edge to start</source>
        <translation>組み込みエッジの起動を待っています</translation>
    </message>
    <message>
        <source>no buyer API key: choose a buyer in the Catalog, then retry</source>
        <translation>購入者の API キーがありません: カタログで購入者を選んでから再試行してください</translation>
    </message>
    <message>
        <source>%1 files, %2 verified; %3 receipts saved in .shardgate/</source>
        <translation>%1 ファイル、%2 検証済み。レシート %3 件を .shardgate/ に保存しました</translation>
    </message>
    <message>
        <source>paused; verified shards are kept</source>
        <translation>一時停止中。検証済みのシャードは保持されます</translation>
    </message>
    <message>
        <source>resuming from the journal</source>
        <translation>ジャーナルから再開しています</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation>検証済み ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 / %2 verified</source>
        <translation>%1 / %2 検証済み</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadsWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Every shard is checked against its CID before it is written; an interrupted download resumes from its journal, even after a restart.</source>
        <translation>各シャードは書き込む前に CID で確認されます。中断したダウンロードは、再起動後でもジャーナルから再開します。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Shard CID</source>
        <translation>シャード CID</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>No download selected. Start one from the Catalog.</source>
        <translation>ダウンロードが選択されていません。カタログから開始してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>✓ CID verified, written</source>
        <translation>✓ CID 検証済み、書き込み済み</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeCacheModel</name>
    <message>
        <source>not served yet</source>
        <translation>未配信</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだなし）</translation>
    </message>
    <message>
        <source>home blob store</source>
        <translation>データフォルダーの blob ストア</translation>
    </message>
    <message>
        <source>origin folder</source>
        <translation>オリジンフォルダー</translation>
    </message>
    <message>
        <source>upstream edge</source>
        <translation>上流のエッジ</translation>
    </message>
    <message>
        <source>Dataset / shard</source>
        <translation>データセット / シャード</translation>
    </message>
    <message>
        <source>Buyer / shard</source>
        <translation>購入者 / シャード</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>ヒット</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>最終アクセス (UTC)</translation>
    </message>
    <message>
        <source>Billed / h</source>
        <translation>課金 / 時</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>Pinned by jobs</source>
        <translation>ジョブによる固定</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeJobModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>上限: %1</translation>
    </message>
    <message>
        <source>Budget: %L1 requests</source>
        <translation>上限: %L1 リクエスト</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L2 中 %L1</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>TTL なし</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Shards ready</source>
        <translation>準備済みシャード</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeWorkspace</name>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>The embedded edge serves published shards to token holders and writes a receipt for each response.</source>
        <translation>組み込みエッジは公開済みのシャードをトークン保持者に配信し、応答ごとにレシートを書き込みます。</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port.</source>
        <translation>HOST:PORT。ポート 0 は空いているポートを選びます。</translation>
    </message>
    <message>
        <source>Listen:</source>
        <translation>待ち受け:</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Requests / s</source>
        <translation>リクエスト / 秒</translation>
    </message>
    <message>
        <source>Bytes served / s</source>
        <translation>配信バイト数 / 秒</translation>
    </message>
    <message>
        <source>Store hit rate %</source>
        <translation>ストアのヒット率 %</translation>
    </message>
    <message>
        <source>Receipts / s</source>
        <translation>レシート / 秒</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 リクエスト/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>照会なし</translation>
    </message>
    <message>
        <source>%1 receipts/s</source>
        <translation>%1 レシート/秒</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Requests&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data requests&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes served&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Store hits / misses&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Receipts written / failed&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connections open / total / refused&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transfers aborted by clients&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;リクエスト&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;データリクエスト&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;配信バイト数&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;ストアのヒット / ミス&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;レシートの書き込み / 失敗&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;接続 開 / 合計 / 拒否&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;クライアントによる転送中断&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; で実行中</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Draining connections…</source>
        <translation>接続をドレインしています…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>グループ化:</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Evict selected</source>
        <translation>選択を追い出す</translation>
    </message>
    <message>
        <source>Drops the selected shards (or every shard of a selected group) from the cache with their entitlements; the home&apos;s own blob store keeps its files.</source>
        <translation>選択したシャード（または選択したグループのすべてのシャード）を権利ごとキャッシュから削除します。データフォルダーの blob ストアのファイルは残ります。</translation>
    </message>
    <message>
        <source>End job</source>
        <translation>ジョブを終了</translation>
    </message>
    <message>
        <source>Ends the selected job as DELETE /v1/jobs/{id} would: its pins go, and shards only it pinned leave the cache.</source>
        <translation>DELETE /v1/jobs/{id} と同じく選択したジョブを終了します。固定は解除され、そのジョブだけが固定していたシャードはキャッシュから外れます。</translation>
    </message>
    <message>
        <source>Jobs are batches pre-authorized with POST /v1/jobs or named by a token&apos;s job claim; each ends at its TTL.</source>
        <translation>ジョブは POST /v1/jobs で事前承認されたバッチ、またはトークンの job クレームで名付けられたものです。TTL で終了します。</translation>
    </message>
    <message>
        <source>Token buckets per token and per buyer (serve --rate-limit-token / --rate-limit-buyer). A request past its bucket is answered 429 with Retry-After.</source>
        <translation>トークンごと・購入者ごとのトークンバケット（serve --rate-limit-token / --rate-limit-buyer）。バケットを超えたリクエストには Retry-After 付きの 429 が返ります。</translation>
    </message>
    <message>
        <source>The edge is stopped.</source>
        <translation>エッジは停止しています。</translation>
    </message>
    <message>
        <source>%L1 shards · cache folder %2 of %3 · %L4 hits, %L5 misses, %L6 evictions</source>
        <translation>%L1 シャード · キャッシュフォルダー %3 中 %2 · ヒット %L4、ミス %L5、追い出し %L6</translation>
    </message>
    <message>
        <source>Select shards or a group to evict.</source>
        <translation>追い出すシャードまたはグループを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard(s) evicted.</source>
        <translation>
            <numerusform>%Ln 個のシャードを追い出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::FileListModel</name>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message>
        <source>Verify whole log</source>
        <translation>ログ全体を検証</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Every served byte leaves a receipt in an append-only Merkle log. Check receipts, checkpoints and bills here.</source>
        <translation>配信された各バイトは追記専用の Merkle ログにレシートを残します。ここでレシート、チェックポイント、請求を確認できます。</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>ローカルログ</translation>
    </message>
    <message>
        <source>Open receipts file…</source>
        <translation>レシートファイルを開く…</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>レシートを開く</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl *.json);;All files (*)</source>
        <translation>レシート (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Receipts as CSV…</source>
        <translation>レシートを CSV で…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <source>Receipts as JSONL…</source>
        <translation>レシートを JSONL で…</translation>
    </message>
    <message>
        <source>Export JSONL</source>
        <translation>JSONL をエクスポート</translation>
    </message>
    <message>
        <source>Bundles of the selected receipts…</source>
        <translation>選択したレシートのバンドル…</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>バンドルをエクスポート</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Manifest CID</source>
        <translation>マニフェスト CID</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>終了 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filtering: %L1 of %L2 receipts scanned, %L3 match</source>
        <translation>フィルター中: %L2 件中 %L1 件を走査、%L3 件一致</translation>
    </message>
    <message>
        <source>%L1 receipts match the filter</source>
        <translation>フィルターに一致するレシート: %L1 件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 receipts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — レシート %L2 件</translation>
    </message>
    <message>
        <source>Select a receipt to see its fields and check its inclusion proof.</source>
        <translation>レシートを選ぶと、その項目を表示して包含証明を確認できます。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>レシート</translation>
    </message>
    <message>
        <source>Reload and check</source>
        <translation>再読み込みして確認</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>チェックポイント</translation>
    </message>
    <message>
        <source>Reads every receipt, rebuilds the Merkle tree and compares its root with the latest signed checkpoint.</source>
        <translation>すべてのレシートを読み、Merkle ツリーを再構築して、そのルートを最新の署名済みチェックポイントと比較します。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>No log open.</source>
        <translation>ログが開かれていません。</translation>
    </message>
    <message>
        <source>Local log (embedded edge)</source>
        <translation>ローカルログ（組み込みエッジ）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>日付は YYYY-MM-DD または YYYY-MM-DDTHH:MM:SSZ 形式です。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading receipt %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;レシート %1 を読み込んでいます…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>レシート %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>License hash</source>
        <translation>ライセンスハッシュ</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <source>Edge key</source>
        <translation>エッジの鍵</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>包含証明</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;確認中…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a log first.</source>
        <translation>先にログを開いてください。</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>検証をキャンセル</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>%L1 receipts written to %2</source>
        <translation>レシート %L1 件を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Select the receipts to export as bundles first.</source>
        <translation>先にバンドルとしてエクスポートするレシートを選択してください。</translation>
    </message>
    <message>
        <source>%L1 receipt bundles written to %2</source>
        <translation>レシートバンドル %L1 件を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Edge URL, e.g. http://127.0.0.1:8440</source>
        <translation>エッジの URL（例: http://127.0.0.1:8440）</translation>
    </message>
    <message>
        <source>Reads any edge&apos;s receipt log over HTTP: its key, signed checkpoint, tiles and proofs.</source>
        <translation>任意のエッジの受領証ログを HTTP で読み込みます: 鍵、署名済みチェックポイント、タイル、証明。</translation>
    </message>
    <message>
        <source>Open edge log</source>
        <translation>エッジのログを開く</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>請求</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint(s) this home saw before.</source>
        <translation>
            <numerusform>%2 の受領証 %L1 件を検証しました: 各エントリは固有のシーケンス番号を持つ正規の受領証で、最新チェックポイントの署名済みルートにハッシュが一致し、ログはこのデータフォルダーが以前に見た %Ln 個のチェックポイントと整合しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 entries are void (sequence numbers reserved before a crash).</source>
        <translation>%L1 件のエントリは void です（クラッシュ前に予約されたシーケンス番号）。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>検証を中止しました。</translation>
    </message>
    <message>
        <source>Market books: none for this log (choose a market database to compare)</source>
        <translation>マーケットの帳簿: このログにはありません（比較するマーケットのデータベースを選択してください）</translation>
    </message>
    <message>
        <source>Market books: %1</source>
        <translation>マーケットの帳簿: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Verifying the log and adding up its receipts…</source>
        <translation>ログを検証し、受領証を集計しています…</translation>
    </message>
    <message>
        <source>Recompute bills</source>
        <translation>請求を再計算</translation>
    </message>
    <message>
        <source>Bill recomputation cancelled.</source>
        <translation>請求の再計算を中止しました。</translation>
    </message>
    <message>
        <source>Bills are recomputed from a whole log; an exported file may hold only some receipts. Open the local log or an edge&apos;s log.</source>
        <translation>請求はログ全体から再計算されます。エクスポートしたファイルには一部の受領証しかない場合があります。ローカルのログかエッジのログを開いてください。</translation>
    </message>
    <message>
        <source>No bill can be trusted: %1</source>
        <translation>どの請求も信頼できません: %1</translation>
    </message>
    <message>
        <source>Not compared with any market&apos;s books.</source>
        <translation>どのマーケットの帳簿とも比較していません。</translation>
    </message>
    <message>
        <source>Every account matches the market&apos;s books.</source>
        <translation>すべてのアカウントがマーケットの帳簿と一致します。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</source>
        <translation>
            <numerusform>%Ln 件のアカウントがマーケットの帳簿と一致しません。最新チェックポイント後の請求は次のチェックポイントに含まれてから数えられます。少し待って再計算し、その可能性を除外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies the log, then adds up every buyer&apos;s charges and every creator&apos;s payouts from the receipts alone and compares them with the market&apos;s books.</source>
        <translation>ログを検証し、受領証だけから各購入者への請求と各作成者への支払いを集計して、マーケットの帳簿と比較します。</translation>
    </message>
    <message>
        <source>Market database</source>
        <translation>マーケットのデータベース</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>%1 のログを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open that edge&apos;s log: %1</source>
        <translation>そのエッジのログを開けません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer(s).</source>
        <translation>
            <numerusform>最新のチェックポイントに対して受領証 %L1 件を検証しました。購入者 %Ln 人に合計 %2 を請求しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Market books on PostgreSQL</source>
        <translation>PostgreSQL 上のマーケットの帳簿</translation>
    </message>
    <message>
        <source>URL of the shared market store (the edges&apos; --db), read only:</source>
        <translation>共有マーケットストアの URL（エッジの --db）、読み取り専用：</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>マーケットの帳簿</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite ファイル…</translation>
    </message>
    <message>
        <source>PostgreSQL store…</source>
        <translation>PostgreSQL ストア…</translation>
    </message>
    <message>
        <source>This home&apos;s market</source>
        <translation>このホームのマーケット</translation>
    </message>
</context>
<context>
    <name>sg::ui::MainWindow</name>
    <message>
        <source>Shardgate</source>
        <translation>Shardgate</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspaces&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;ワークスペース&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</source>
        <translation>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ctrl+Q &amp;mdash; quit</source>
        <translation>&lt;br&gt;Ctrl+Q &amp;mdash; 終了</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;About Shardgate</source>
        <translation>Shardgate について(&amp;A)</translation>
    </message>
    <message>
        <source>About Shardgate</source>
        <translation>Shardgate について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;A marketplace console for paid training data: package, license, sell, serve and audit datasets.</source>
        <translation>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;有料の学習データのためのマーケットプレイスコンソール: データセットのパッケージ化、ライセンス付与、販売、配信、監査を行います。</translation>
    </message>
    <message>
        <source>State of the embedded edge server</source>
        <translation>組み込みエッジサーバーの状態</translation>
    </message>
    <message>
        <source>Where the embedded edge listens</source>
        <translation>組み込みエッジの待ち受けアドレス</translation>
    </message>
    <message>
        <source>Credits of the current buyer account</source>
        <translation>現在の購入者アカウントのクレジット</translation>
    </message>
    <message>
        <source>Receipts in the local log</source>
        <translation>ローカルログ内のレシート</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>エッジ: 停止中</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>クレジット: —</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>ログ: —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sg::ui::PublishWorkspace</name>
    <message>
        <source>Train models</source>
        <translation>モデルの学習</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>ファインチューニング</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Redistribute</source>
        <translation>再配布</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>商用利用</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>I may revoke this license later</source>
        <translation>後でこのライセンスを取り消す可能性がある</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>パッケージ化</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Package a folder into content-addressed shards, sign it with your creator key, set the license and price, and publish it in the catalog.</source>
        <translation>フォルダーをコンテンツアドレス指定のシャードにパッケージ化し、作成者の鍵で署名し、ライセンスと価格を設定してカタログに公開します。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Pack the folder to see its manifest.</source>
        <translation>フォルダーをパッケージ化するとマニフェストが表示されます。</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Folder to package</source>
        <translation>パッケージ化するフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>e.g. street-voices</source>
        <translation>例: street-voices</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Optional: what is in it, how it was collected</source>
        <translation>任意: 内容と収集方法</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Bigger shards mean fewer requests; smaller ones resume and dedupe finer.</source>
        <translation>シャードが大きいほどリクエストは減り、小さいほど再開と重複排除がきめ細かくなります。</translation>
    </message>
    <message>
        <source>Shard size:</source>
        <translation>シャードサイズ:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>An SPDX license id, or LicenseRef-&lt;name&gt; for terms of your own.</source>
        <translation>SPDX ライセンス ID、または独自の条件なら LicenseRef-&lt;名前&gt;。</translation>
    </message>
    <message>
        <source>SPDX id:</source>
        <translation>SPDX ID:</translation>
    </message>
    <message>
        <source>Allowed uses:</source>
        <translation>許可する用途:</translation>
    </message>
    <message>
        <source>Charged for the first delivery of each shard to a buyer&apos;s job.</source>
        <translation>購入者のジョブへの各シャードの初回配信に対して課金されます。</translation>
    </message>
    <message>
        <source>Price per access:</source>
        <translation>アクセスあたりの価格:</translation>
    </message>
    <message>
        <source>Optional, same currency</source>
        <translation>任意、同じ通貨</translation>
    </message>
    <message>
        <source>Price per GiB:</source>
        <translation>GiB あたりの価格:</translation>
    </message>
    <message>
        <source>Optional: how buyers must credit you</source>
        <translation>任意: 購入者に求めるクレジット表記</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>帰属表示:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Only if the creator key has one</source>
        <translation>作成者の鍵に設定されている場合のみ</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>鍵のパスフレーズ:</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln 個のファイル、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Price per access: %1</source>
        <translation>アクセスあたりの価格: %1</translation>
    </message>
    <message>
        <source>Price per GiB: %1</source>
        <translation>GiB あたりの価格: %1</translation>
    </message>
    <message>
        <source>Choose a folder with at least one file first.</source>
        <translation>先に 1 つ以上のファイルを含むフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>Packing %1…</source>
        <translation>%1 をパッケージ化しています…</translation>
    </message>
    <message>
        <source>Packing cancelled; nothing was published.</source>
        <translation>パッケージ化をキャンセルしました。何も公開されていません。</translation>
    </message>
    <message>
        <source>Packed and signed: manifest %1</source>
        <translation>パッケージ化して署名しました: マニフェスト %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique)&lt;br&gt;Written: %8 &amp;nbsp; Already stored: %9 &amp;nbsp; Duplicates inside: %10&lt;br&gt;&lt;b&gt;Dedup savings: %11&lt;/b&gt; (%12%) &amp;nbsp; License: %13</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;マニフェスト CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 ファイル、%5（%6 シャード、うち一意 %7）&lt;br&gt;書き込み: %8 &amp;nbsp; 保存済み: %9 &amp;nbsp; 内部の重複: %10&lt;br&gt;&lt;b&gt;重複排除による節約: %11&lt;/b&gt; (%12%) &amp;nbsp; ライセンス: %13</translation>
    </message>
    <message>
        <source>The market store is not open: %1</source>
        <translation>マーケットのストアが開かれていません: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>公開されませんでした: %1</translation>
    </message>
    <message>
        <source>Published %1@%2 (%3). Buyers can find it in the catalog now.</source>
        <translation>%1@%2 を公開しました（%3）。購入者はカタログで見つけられます。</translation>
    </message>
    <message>
        <source>Revoke this license…</source>
        <translation>このライセンスを取り消す…</translation>
    </message>
    <message>
        <source>Revoke a buyer…</source>
        <translation>購入者を取り消す…</translation>
    </message>
    <message>
        <source>Revoke license</source>
        <translation>ライセンスを取り消す</translation>
    </message>
    <message>
        <source>Revoke the license of %1@%2 for every buyer. Reason:</source>
        <translation>すべての購入者について %1@%2 のライセンスを取り消します。理由:</translation>
    </message>
    <message>
        <source>terms withdrawn</source>
        <translation>条件の撤回</translation>
    </message>
    <message>
        <source>Revoke buyer</source>
        <translation>購入者を取り消す</translation>
    </message>
    <message>
        <source>Buyer id to cut off:</source>
        <translation>遮断する購入者の ID:</translation>
    </message>
    <message>
        <source>revoked by the operator</source>
        <translation>運用者により取り消し</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; (published)&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique, %8 stored)&lt;br&gt;License: %9</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;（公開済み）&lt;br&gt;マニフェスト CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 ファイル、%5（%6 シャード、うち一意 %7、保存 %8）&lt;br&gt;ライセンス: %9</translation>
    </message>
    <message>
        <source>The market store is not open.</source>
        <translation>マーケットのストアが開かれていません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Revoked %1 at the edge.</source>
        <translation>エッジで %1 を取り消しました。</translation>
    </message>
    <message>
        <source>Revocation refused: %1</source>
        <translation>取り消しが拒否されました: %1</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 を取り消しました。</translation>
    </message>
</context>
<context>
    <name>sg::ui::RateLimitModel</name>
    <message>
        <source>per token</source>
        <translation>トークンごと</translation>
    </message>
    <message>
        <source>per buyer</source>
        <translation>購入者ごと</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / 秒</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Token / buyer</source>
        <translation>トークン / 購入者</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Requests available</source>
        <translation>利用可能なリクエスト</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>補充</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Refused (429)</source>
        <translation>拒否 (429)</translation>
    </message>
    <message>
        <source>Last request (UTC)</source>
        <translation>最終リクエスト (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation>連番</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation>データセット（マニフェスト）</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>シャード</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>請求額</translation>
    </message>
</context>
<context>
    <name>sg::ui::SettingsWorkspace</name>
    <message>
        <source>Start the embedded edge when the console opens</source>
        <translation>コンソールを開いたときに組み込みエッジを起動する</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>新しい言語は次回コンソールを起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Blobs (the shards), the market and ledger databases and the keys live here. Start with &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; to use another folder.</source>
        <translation>ブロブ（シャード）、マーケットと台帳のデータベース、鍵はここに保存されます。別のフォルダーを使うには &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; で起動してください。</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>ファイルマネージャーで開く</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Creator key:</source>
        <translation>作成者の鍵:</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>公開鍵をエクスポート…</translation>
    </message>
    <message>
        <source>Edge defaults</source>
        <translation>エッジの既定値</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine.</source>
        <translation>HOST:PORT。ポート 0 は空いているポートを選びます。ループバックならエッジはこのマシン内だけで使えます。</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>キャッシュ容量:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> リクエスト/秒</translation>
    </message>
    <message>
        <source>Rate limit per buyer:</source>
        <translation>購入者ごとのレート制限:</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>No creator key yet (the welcome or the demo creates one).</source>
        <translation>作成者の鍵はまだありません（ようこそ画面かデモで作成されます）。</translation>
    </message>
    <message>
        <source>%1 (protected by a passphrase)</source>
        <translation>%1（パスフレーズで保護）</translation>
    </message>
    <message>
        <source>Creator key</source>
        <translation>作成者の鍵</translation>
    </message>
    <message>
        <source>Passphrase of the creator key:</source>
        <translation>作成者の鍵のパスフレーズ:</translation>
    </message>
    <message>
        <source>Cannot read the creator key: %1</source>
        <translation>作成者の鍵を読み取れません: %1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>公開鍵をエクスポート</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM ファイル (*.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Public key written to %1 (%2).</source>
        <translation>公開鍵を %1 に書き出しました（%2）。</translation>
    </message>
    <message>
        <source>Token signing keys</source>
        <translation>トークン署名鍵</translation>
    </message>
    <message>
        <source>The market signs buyers&apos; access tokens with the active key; edges fetch the public keys from /.well-known/jwks.json. Rotate to start signing with a new key: the old one keeps verifying the tokens it signed until they expire.</source>
        <translation>マーケットは購入者のアクセストークンをアクティブな鍵で署名し、エッジは公開鍵を /.well-known/jwks.json から取得します。ローテーションすると新しい鍵で署名を始めます。古い鍵は署名済みのトークンが期限切れになるまで検証を続けます。</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>署名鍵をローテーション</translation>
    </message>
    <message>
        <source>Export public keys (JWKS)…</source>
        <translation>公開鍵をエクスポート (JWKS)…</translation>
    </message>
    <message>
        <source>Export token public keys</source>
        <translation>トークンの公開鍵をエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No token signing key yet: the market creates one when it first issues a token (or rotate now).</source>
        <translation>トークン署名鍵はまだありません。マーケットが最初のトークンを発行するときに作成します（今すぐローテーションすることもできます）。</translation>
    </message>
    <message>
        <source>The market is not open yet; try again in a moment.</source>
        <translation>マーケットはまだ開いていません。少ししてから再試行してください。</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>ローテーション中…</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>ローテーションに失敗しました: %1</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs new tokens with it from now on.</source>
        <translation>新しい署名鍵 %1: エッジは今後、新しいトークンをこの鍵で署名します。</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs with it when it starts.</source>
        <translation>新しい署名鍵 %1: エッジは起動時からこの鍵で署名します。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public key(s) written to %1.</source>
        <translation>
            <numerusform>公開鍵 %Ln 個を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the keys: %1</source>
        <translation>鍵をエクスポートできません: %1</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys, the edge&apos;s defaults and downloads.</source>
        <translation>外観、データフォルダー、鍵、エッジの既定値、ダウンロード。</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Write downloads through the page cache</source>
        <translation>ダウンロードをページキャッシュ経由で書き込む</translation>
    </message>
    <message>
        <source>Keeps the downloaded data in memory, so a program that reads it right afterwards finds it there. Slower for large datasets, and it pushes other programs&apos; data out of memory. Unticked, verified shards are written directly to disk (O_DIRECT), but only where the filesystem takes it; elsewhere the page cache is used anyway.</source>
        <translation>ダウンロードしたデータをメモリーに保持するので、直後にそれを読むプログラムはメモリーから読めます。大きなデータセットでは遅くなり、ほかのプログラムのデータをメモリーから追い出します。オフの場合、検証済みのシャードはディスクに直接書き込まれます (O_DIRECT)。ただしファイルシステムが対応している場合に限られ、それ以外ではいずれにせよページキャッシュが使われます。</translation>
    </message>
    <message>
        <source>Sync each charge to disk before serving the shard</source>
        <translation>シャードを配信する前に各課金をディスクに同期する</translation>
    </message>
    <message>
        <source>Off: a charge is committed before the first byte and synced to disk about a millisecond later, while the bytes flow (a crash of the edge loses no charge; a power cut can lose the last millisecond&apos;s). On: no byte of a shard leaves before its charge is on disk (slower).</source>
        <translation>オフ: 課金は最初のバイトの前にコミットされ、データの送信中に約 1 ミリ秒後にディスクへ同期されます（エッジがクラッシュしても課金は失われません。停電時は直前 1 ミリ秒分が失われることがあります）。オン: 課金がディスクに書き込まれるまで、シャードのバイトは 1 つも送信されません（低速）。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ShardListModel</name>
    <message>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>same bytes as shard %1</source>
        <translation>シャード %1 と同じバイト列</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sg::ui::TokenKeyModel</name>
    <message>
        <source>Active: signs new tokens</source>
        <translation>アクティブ: 新しいトークンに署名</translation>
    </message>
    <message>
        <source>Retired: verifies its tokens until they expire</source>
        <translation>退役: 署名済みトークンを期限まで検証</translation>
    </message>
    <message>
        <source>Retired: no longer trusted</source>
        <translation>退役: もう信頼されません</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>鍵 ID (kid)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成日時 (UTC)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <source>Create a demo dataset (a few MB of text and images), publish it and add a demo buyer with 25.00 USD of credits</source>
        <translation>デモ用データセット（数 MB のテキストと画像）を作成して公開し、25.00 USD のクレジットを持つデモ購入者を追加する</translation>
    </message>
    <message>
        <source>Start the embedded edge on a free loopback port</source>
        <translation>空いているループバックポートで組み込みエッジを起動する</translation>
    </message>
    <message>
        <source>Welcome to Shardgate</source>
        <translation>Shardgate へようこそ</translation>
    </message>
    <message>
        <source>Shardgate packages datasets into signed, content-addressed shards, sells access with short-lived tokens and writes a verifiable receipt for every byte served.&lt;br&gt;&lt;br&gt;Your data folder will be &lt;b&gt;%1&lt;/b&gt;. A creator key is made there to sign what you publish.</source>
        <translation>Shardgate はデータセットを署名付きのコンテンツアドレス指定シャードにパッケージ化し、短期間有効なトークンでアクセスを販売し、配信したすべてのバイトについて検証可能なレシートを書き込みます。&lt;br&gt;&lt;br&gt;データフォルダーは &lt;b&gt;%1&lt;/b&gt; になります。公開するものに署名する作成者の鍵がそこに作成されます。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>鍵のパスフレーズ:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再入力:</translation>
    </message>
    <message>
        <source>With a passphrase the key is stored encrypted; you type it when you pack.</source>
        <translation>パスフレーズを設定すると鍵は暗号化して保存され、パッケージ化の際に入力します。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
</context>
</TS>
