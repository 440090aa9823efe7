<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Shardgate demo</source>
        <translation>Demostración de Shardgate</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared in %1:
%2</source>
        <translation>No se pudo preparar el espacio de demostración en %1:
%2</translation>
    </message>
</context>
<context>
    <name>sg::ui::BillModel</name>
    <message>
        <source>The receipts add up to %1, the market&apos;s books say %2 (difference %3).</source>
        <translation>Los recibos suman %1, los libros del mercado dicen %2 (diferencia %3).</translation>
    </message>
    <message>
        <source>Creator payout</source>
        <translation>Pago al creador</translation>
    </message>
    <message>
        <source>Buyer charges</source>
        <translation>Cargos al comprador</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>sin comparar</translation>
    </message>
    <message>
        <source>✗ differs by %1</source>
        <translation>✗ difiere en %1</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ coincide</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>From receipts</source>
        <translation>Según los recibos</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>Libros del mercado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogModel</name>
    <message>
        <source>the catalog is not JSON: %1</source>
        <translation>el catálogo no es JSON: %1</translation>
    </message>
    <message>
        <source>%1 %2 / shard</source>
        <translation>%1 %2 / fragmento</translation>
    </message>
    <message>
        <source>%1 · %2 files</source>
        <translation>%1 · %2 archivos</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogWorkspace</name>
    <message>
        <source>train models on it</source>
        <translation>entrenar modelos con él</translation>
    </message>
    <message>
        <source>fine-tune models on it</source>
        <translation>ajustar modelos con él</translation>
    </message>
    <message>
        <source>evaluate models with it</source>
        <translation>evaluar modelos con él</translation>
    </message>
    <message>
        <source>transform it (derived data)</source>
        <translation>transformarlo (datos derivados)</translation>
    </message>
    <message>
        <source>redistribute it</source>
        <translation>redistribuirlo</translation>
    </message>
    <message>
        <source>use it commercially</source>
        <translation>usarlo comercialmente</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Obtener token</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>Comprar créditos…</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>Copiar el comando curl</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Browse the datasets an edge offers, read their terms, and buy access.</source>
        <translation>Explore los conjuntos de datos que ofrece un edge, lea sus condiciones y compre acceso.</translation>
    </message>
    <message>
        <source>Embedded edge</source>
        <translation>Edge integrado</translation>
    </message>
    <message>
        <source>Edge at URL</source>
        <translation>Edge en una URL</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Search name, title, creator, license…</source>
        <translation>Buscar nombre, título, creador, licencia…</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Cualquier uso</translation>
    </message>
    <message>
        <source>Allows %1</source>
        <translation>Permite: %1</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>Seleccione un conjunto de datos.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Comprador:</translation>
    </message>
    <message>
        <source>Buyer API key (sgk_…)</source>
        <translation>Clave de API del comprador (sgk_…)</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Get a token to see a ready curl command for a pipeline.</source>
        <translation>Obtenga un token para ver un comando curl listo para una canalización.</translation>
    </message>
    <message>
        <source>curl command copied. It resumes with -C - if interrupted; the token expires at the time shown.</source>
        <translation>Comando curl copiado. Se reanuda con -C - si se interrumpe; el token caduca a la hora indicada.</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>Comprar créditos</translation>
    </message>
    <message>
        <source>Amount to add to %1&apos;s account:</source>
        <translation>Importe que se añadirá a la cuenta de %1:</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Descargar en</translation>
    </message>
    <message>
        <source>none (type an API key)</source>
        <translation>ninguno (escriba una clave de API)</translation>
    </message>
    <message>
        <source>The embedded edge is not running; start it in Edge, or choose an edge URL.</source>
        <translation>El edge integrado no está en ejecución; inícielo en Edge o elija la URL de un edge.</translation>
    </message>
    <message>
        <source>Type an edge URL.</source>
        <translation>Escriba la URL de un edge.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>No es una URL: %1</translation>
    </message>
    <message>
        <source>Loading the catalog from %1…</source>
        <translation>Cargando el catálogo desde %1…</translation>
    </message>
    <message>
        <source>Cannot read the catalog of %1: %2</source>
        <translation>No se puede leer el catálogo de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) at %1</source>
        <translation>
            <numerusform>%Ln conjunto de datos en %1</numerusform>
            <numerusform>%Ln conjuntos de datos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 entries not understood)</source>
        <translation> (%1 entradas no comprendidas)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; files, %2 in %3 shards of up to %4 · by &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; archivos, %2 en %3 fragmentos de hasta %4 · de &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;License in plain words&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;La licencia en palabras sencillas&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; use it for anything yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Todavía &lt;b&gt;no&lt;/b&gt; puede usarlo para nada.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You &lt;b&gt;may&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Usted &lt;b&gt;puede&lt;/b&gt;: %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Usted &lt;b&gt;no&lt;/b&gt; puede: %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Credit the creator as: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Cite al creador así: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Access ends on %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El acceso termina el %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator may revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El creador puede revocar esta licencia.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator cannot revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;El creador no puede revocar esta licencia.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The license could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo leer la licencia: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Price&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Precio&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 %2 for the first delivery of each shard</source>
        <translation>&lt;p&gt;%1 %2 por la primera entrega de cada fragmento</translation>
    </message>
    <message>
        <source>, plus %1 %2 per GiB</source>
        <translation>, más %1 %2 por GiB</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole dataset: &lt;b&gt;%1 %2&lt;/b&gt; (%3 shards). Resumed or repeated ranges of a shard in the same job are not charged again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El conjunto de datos completo: &lt;b&gt;%1 %2&lt;/b&gt; (%3 fragmentos). Los rangos reanudados o repetidos de un fragmento en el mismo trabajo no se cobran de nuevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Manifest &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;License hash &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Manifiesto &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Hash de la licencia &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s API key first.</source>
        <translation>Escriba primero la clave de API del comprador.</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Solicitando un token a %1…</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>Sin token: %1</translation>
    </message>
    <message>
        <source>Token issued (expires %1). Fetch files with curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;path&gt;.</source>
        <translation>Token emitido (caduca %1). Descargue archivos con curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;ruta&gt;.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Credits are bought in this home&apos;s market; no buyer account is selected.</source>
        <translation>Los créditos se compran en el mercado de esta carpeta; no hay ninguna cuenta de comprador seleccionada.</translation>
    </message>
    <message>
        <source>Credits not added: %1</source>
        <translation>Créditos no añadidos: %1</translation>
    </message>
    <message>
        <source>%1 now has %2 %3 available.</source>
        <translation>%1 tiene ahora %2 %3 disponibles.</translation>
    </message>
    <message>
        <source>%1@%2 queued in Downloads → %3</source>
        <translation>%1@%2 en cola en Descargas → %3</translation>
    </message>
</context>
<context>
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificado</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ FALLIDO</translation>
    </message>
    <message>
        <source>— first</source>
        <translation>— primero</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Tamaño del árbol</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hash raíz</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation>Coherente con el anterior</translation>
    </message>
    <message>
        <source>Signed or seen (UTC)</source>
        <translation>Firmado o visto (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de registro</translation>
    </message>
    <message>
        <source>Edge: failed</source>
        <translation>Edge: fallido</translation>
    </message>
    <message>
        <source>Edge failed: %1</source>
        <translation>Fallo del edge: %1</translation>
    </message>
    <message>
        <source>Log: %L1 receipts</source>
        <translation>Registro: %L1 recibos</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>Edge: detenido</translation>
    </message>
    <message>
        <source>Edge: starting…</source>
        <translation>Edge: iniciando…</translation>
    </message>
    <message>
        <source>Edge: running</source>
        <translation>Edge: en ejecución</translation>
    </message>
    <message>
        <source>Edge: stopping…</source>
        <translation>Edge: deteniendo…</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>Créditos: —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>Registro: —</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
</context>
<context>
    <name>sg::ui::DemoSetup</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de demostración…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Shardgate demo</source>
        <translation>Demostración de Shardgate</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadManager</name>
    <message>
        <source>waiting for the embedded edge to start</source>
        <translation>esperando a que se inicie el edge integrado</translation>
    </message>
    <message>
        <source>no buyer API key: choose a buyer in the Catalog, then retry</source>
        <translation>no hay clave de API de comprador: elija un comprador en el Catálogo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 files, %2 verified; %3 receipts saved in .shardgate/</source>
        <translation>%1 archivos, %2 verificados; %3 recibos guardados en .shardgate/</translation>
    </message>
    <message>
        <source>paused; verified shards are kept</source>
        <translation>en pausa; los fragmentos verificados se conservan</translation>
    </message>
    <message>
        <source>resuming from the journal</source>
        <translation>reanudando desde el diario</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation>Verificado ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 / %2 verified</source>
        <translation>%1 / %2 verificados</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadsWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Every shard is checked against its CID before it is written; an interrupted download resumes from its journal, even after a restart.</source>
        <translation>Cada fragmento se comprueba con su CID antes de escribirse; una descarga interrumpida se reanuda desde su diario, incluso tras un reinicio.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Shard CID</source>
        <translation>CID del fragmento</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No download selected. Start one from the Catalog.</source>
        <translation>No hay ninguna descarga seleccionada. Inicie una desde el Catálogo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>✓ CID verified, written</source>
        <translation>✓ CID verificado, escrito</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeCacheModel</name>
    <message>
        <source>not served yet</source>
        <translation>aún no servido</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno aún)</translation>
    </message>
    <message>
        <source>home blob store</source>
        <translation>almacén de blobs de la carpeta</translation>
    </message>
    <message>
        <source>origin folder</source>
        <translation>carpeta de origen</translation>
    </message>
    <message>
        <source>upstream edge</source>
        <translation>edge de origen</translation>
    </message>
    <message>
        <source>Dataset / shard</source>
        <translation>Conjunto de datos / shard</translation>
    </message>
    <message>
        <source>Buyer / shard</source>
        <translation>Comprador / shard</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>Último acceso (UTC)</translation>
    </message>
    <message>
        <source>Billed / h</source>
        <translation>Facturados / h</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Compradores</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>Pinned by jobs</source>
        <translation>Fijado por trabajos</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeJobModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Presupuesto: %1</translation>
    </message>
    <message>
        <source>Budget: %L1 requests</source>
        <translation>Presupuesto: %L1 solicitudes</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>sin TTL</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Shards ready</source>
        <translation>Shards listos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servido</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeWorkspace</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>The embedded edge serves published shards to token holders and writes a receipt for each response.</source>
        <translation>El edge integrado sirve los fragmentos publicados a quienes tienen token y escribe un recibo por cada respuesta.</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port.</source>
        <translation>HOST:PUERTO; el puerto 0 elige uno libre.</translation>
    </message>
    <message>
        <source>Listen:</source>
        <translation>Escuchar:</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>No se pudo iniciar: %1</translation>
    </message>
    <message>
        <source>Requests / s</source>
        <translation>Peticiones / s</translation>
    </message>
    <message>
        <source>Bytes served / s</source>
        <translation>Bytes servidos / s</translation>
    </message>
    <message>
        <source>Store hit rate %</source>
        <translation>Tasa de aciertos del almacén %</translation>
    </message>
    <message>
        <source>Receipts / s</source>
        <translation>Recibos / s</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 pet./s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>sin consultas</translation>
    </message>
    <message>
        <source>%1 receipts/s</source>
        <translation>%1 recibos/s</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Requests&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data requests&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes served&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Store hits / misses&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Receipts written / failed&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connections open / total / refused&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transfers aborted by clients&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Peticiones&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Peticiones de datos&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes servidos&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aciertos / fallos del almacén&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Recibos escritos / fallidos&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Conexiones abiertas / totales / rechazadas&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transferencias abortadas por clientes&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>En ejecución en &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Draining connections…</source>
        <translation>Vaciando conexiones…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Límites de tasa</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Evict selected</source>
        <translation>Desalojar selección</translation>
    </message>
    <message>
        <source>Drops the selected shards (or every shard of a selected group) from the cache with their entitlements; the home&apos;s own blob store keeps its files.</source>
        <translation>Quita de la caché los shards seleccionados (o todos los de un grupo seleccionado) con sus derechos; el almacén de blobs de la carpeta conserva sus archivos.</translation>
    </message>
    <message>
        <source>End job</source>
        <translation>Terminar trabajo</translation>
    </message>
    <message>
        <source>Ends the selected job as DELETE /v1/jobs/{id} would: its pins go, and shards only it pinned leave the cache.</source>
        <translation>Termina el trabajo seleccionado como lo haría DELETE /v1/jobs/{id}: sus fijaciones desaparecen y los shards que solo él fijaba salen de la caché.</translation>
    </message>
    <message>
        <source>Jobs are batches pre-authorized with POST /v1/jobs or named by a token&apos;s job claim; each ends at its TTL.</source>
        <translation>Los trabajos son lotes preautorizados con POST /v1/jobs o nombrados por la reclamación job de un token; cada uno termina al cumplirse su TTL.</translation>
    </message>
    <message>
        <source>Token buckets per token and per buyer (serve --rate-limit-token / --rate-limit-buyer). A request past its bucket is answered 429 with Retry-After.</source>
        <translation>Cubetas de tokens por token y por comprador (serve --rate-limit-token / --rate-limit-buyer). Una solicitud que supera su cubeta recibe 429 con Retry-After.</translation>
    </message>
    <message>
        <source>The edge is stopped.</source>
        <translation>El edge está detenido.</translation>
    </message>
    <message>
        <source>%L1 shards · cache folder %2 of %3 · %L4 hits, %L5 misses, %L6 evictions</source>
        <translation>%L1 shards · carpeta de caché %2 de %3 · %L4 aciertos, %L5 fallos, %L6 desalojos</translation>
    </message>
    <message>
        <source>Select shards or a group to evict.</source>
        <translation>Seleccione shards o un grupo para desalojar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard(s) evicted.</source>
        <translation>
            <numerusform>%Ln shard desalojado.</numerusform>
            <numerusform>%Ln shards desalojados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::FileListModel</name>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message>
        <source>Verify whole log</source>
        <translation>Verificar todo el registro</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de registro</translation>
    </message>
    <message>
        <source>Every served byte leaves a receipt in an append-only Merkle log. Check receipts, checkpoints and bills here.</source>
        <translation>Cada byte servido deja un recibo en un registro de Merkle de solo anexado. Compruebe aquí recibos, puntos de control y facturas.</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>Registro local</translation>
    </message>
    <message>
        <source>Open receipts file…</source>
        <translation>Abrir archivo de recibos…</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>Abrir recibos</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl *.json);;All files (*)</source>
        <translation>Recibos (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Receipts as CSV…</source>
        <translation>Recibos como CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Receipts as JSONL…</source>
        <translation>Recibos como JSONL…</translation>
    </message>
    <message>
        <source>Export JSONL</source>
        <translation>Exportar JSONL</translation>
    </message>
    <message>
        <source>Bundles of the selected receipts…</source>
        <translation>Paquetes de los recibos seleccionados…</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>Exportar paquetes</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Manifest CID</source>
        <translation>CID del manifiesto</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filtering: %L1 of %L2 receipts scanned, %L3 match</source>
        <translation>Filtrando: %L1 de %L2 recibos revisados, %L3 coinciden</translation>
    </message>
    <message>
        <source>%L1 receipts match the filter</source>
        <translation>%L1 recibos coinciden con el filtro</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 receipts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %L2 recibos</translation>
    </message>
    <message>
        <source>Select a receipt to see its fields and check its inclusion proof.</source>
        <translation>Seleccione un recibo para ver sus campos y comprobar su prueba de inclusión.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Reload and check</source>
        <translation>Recargar y comprobar</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Puntos de control</translation>
    </message>
    <message>
        <source>Reads every receipt, rebuilds the Merkle tree and compares its root with the latest signed checkpoint.</source>
        <translation>Lee cada recibo, reconstruye el árbol de Merkle y compara su raíz con el último punto de control firmado.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>No log open.</source>
        <translation>No hay ningún registro abierto.</translation>
    </message>
    <message>
        <source>Local log (embedded edge)</source>
        <translation>Registro local (edge integrado)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Las fechas son AAAA-MM-DD o AAAA-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading receipt %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cargando el recibo %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>License hash</source>
        <translation>Hash de la licencia</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>ID del token</translation>
    </message>
    <message>
        <source>Edge key</source>
        <translation>Clave del edge</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformación</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Prueba de inclusión</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Comprobando…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a log first.</source>
        <translation>Abra primero un registro.</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Cancelar la verificación</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
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
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>%L1 receipts written to %2</source>
        <translation>%L1 recibos escritos en %2</translation>
    </message>
    <message>
        <source>Select the receipts to export as bundles first.</source>
        <translation>Seleccione primero los recibos que desea exportar como paquetes.</translation>
    </message>
    <message>
        <source>%L1 receipt bundles written to %2</source>
        <translation>%L1 paquetes de recibos escritos en %2</translation>
    </message>
    <message>
        <source>Edge URL, e.g. http://127.0.0.1:8440</source>
        <translation>URL de un edge, p. ej. http://127.0.0.1:8440</translation>
    </message>
    <message>
        <source>Reads any edge&apos;s receipt log over HTTP: its key, signed checkpoint, tiles and proofs.</source>
        <translation>Lee por HTTP el registro de recibos de cualquier edge: su clave, su punto de control firmado, sus teselas y sus pruebas.</translation>
    </message>
    <message>
        <source>Open edge log</source>
        <translation>Abrir registro del edge</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Facturas</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint(s) this home saw before.</source>
        <translation>
            <numerusform>%L1 recibos de %2 verificados: cada entrada es un recibo canónico con su propio número de secuencia, su hash da la raíz firmada del último punto de control y el registro es coherente con %Ln punto de control visto antes por esta carpeta.</numerusform>
            <numerusform>%L1 recibos de %2 verificados: cada entrada es un recibo canónico con su propio número de secuencia, su hash da la raíz firmada del último punto de control y el registro es coherente con %Ln puntos de control vistos antes por esta carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 entries are void (sequence numbers reserved before a crash).</source>
        <translation>%L1 entradas están vacías (números de secuencia reservados antes de un fallo).</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <source>Market books: none for this log (choose a market database to compare)</source>
        <translation>Libros del mercado: ninguno para este registro (elija una base de datos del mercado para comparar)</translation>
    </message>
    <message>
        <source>Market books: %1</source>
        <translation>Libros del mercado: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Verifying the log and adding up its receipts…</source>
        <translation>Verificando el registro y sumando sus recibos…</translation>
    </message>
    <message>
        <source>Recompute bills</source>
        <translation>Recalcular facturas</translation>
    </message>
    <message>
        <source>Bill recomputation cancelled.</source>
        <translation>Recálculo de facturas cancelado.</translation>
    </message>
    <message>
        <source>Bills are recomputed from a whole log; an exported file may hold only some receipts. Open the local log or an edge&apos;s log.</source>
        <translation>Las facturas se recalculan a partir de un registro completo; un archivo exportado puede contener solo algunos recibos. Abra el registro local o el de un edge.</translation>
    </message>
    <message>
        <source>No bill can be trusted: %1</source>
        <translation>No se puede confiar en ninguna factura: %1</translation>
    </message>
    <message>
        <source>Not compared with any market&apos;s books.</source>
        <translation>No se comparó con los libros de ningún mercado.</translation>
    </message>
    <message>
        <source>Every account matches the market&apos;s books.</source>
        <translation>Todas las cuentas coinciden con los libros del mercado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</source>
        <translation>
            <numerusform>%Ln cuenta difiere de los libros del mercado. Los cargos posteriores al último punto de control cuentan cuando el siguiente los cubre: recalcule en un momento para descartarlo.</numerusform>
            <numerusform>%Ln cuentas difieren de los libros del mercado. Los cargos posteriores al último punto de control cuentan cuando el siguiente los cubre: recalcule en un momento para descartarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies the log, then adds up every buyer&apos;s charges and every creator&apos;s payouts from the receipts alone and compares them with the market&apos;s books.</source>
        <translation>Verifica el registro, suma solo a partir de los recibos los cargos de cada comprador y los pagos de cada creador, y los compara con los libros del mercado.</translation>
    </message>
    <message>
        <source>Market database</source>
        <translation>Base de datos del mercado</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>Leyendo el registro de %1…</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot open that edge&apos;s log: %1</source>
        <translation>No se puede abrir el registro de ese edge: %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer(s).</source>
        <translation>
            <numerusform>%L1 recibos verificados frente al último punto de control; %2 cobrados en total a %Ln comprador.</numerusform>
            <numerusform>%L1 recibos verificados frente al último punto de control; %2 cobrados en total a %Ln compradores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Market books on PostgreSQL</source>
        <translation>Libros del mercado en PostgreSQL</translation>
    </message>
    <message>
        <source>URL of the shared market store (the edges&apos; --db), read only:</source>
        <translation>URL del almacén compartido del mercado (--db de los edges), solo lectura:</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>Libros del mercado</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>Archivo SQLite…</translation>
    </message>
    <message>
        <source>PostgreSQL store…</source>
        <translation>Almacén PostgreSQL…</translation>
    </message>
    <message>
        <source>This home&apos;s market</source>
        <translation>Mercado de esta carpeta de inicio</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspaces&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Espacios de trabajo&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</source>
        <translation>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ctrl+Q &amp;mdash; quit</source>
        <translation>&lt;br&gt;Ctrl+Q &amp;mdash; salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Shardgate</source>
        <translation>&amp;Acerca de Shardgate</translation>
    </message>
    <message>
        <source>About Shardgate</source>
        <translation>Acerca de Shardgate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;A marketplace console for paid training data: package, license, sell, serve and audit datasets.</source>
        <translation>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;Una consola de mercado para datos de entrenamiento de pago: empaquetar, licenciar, vender, servir y auditar conjuntos de datos.</translation>
    </message>
    <message>
        <source>State of the embedded edge server</source>
        <translation>Estado del servidor edge integrado</translation>
    </message>
    <message>
        <source>Where the embedded edge listens</source>
        <translation>Dirección en la que escucha el edge integrado</translation>
    </message>
    <message>
        <source>Credits of the current buyer account</source>
        <translation>Créditos de la cuenta de comprador actual</translation>
    </message>
    <message>
        <source>Receipts in the local log</source>
        <translation>Recibos en el registro local</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>Edge: detenido</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>Créditos: —</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>Registro: —</translation>
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
        <translation>Entrenar modelos</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformar</translation>
    </message>
    <message>
        <source>Redistribute</source>
        <translation>Redistribuir</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Uso comercial</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>I may revoke this license later</source>
        <translation>Puedo revocar esta licencia más adelante</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Empaquetar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Package a folder into content-addressed shards, sign it with your creator key, set the license and price, and publish it in the catalog.</source>
        <translation>Empaquete una carpeta en fragmentos direccionados por contenido, fírmela con su clave de creador, fije la licencia y el precio y publíquela en el catálogo.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Pack the folder to see its manifest.</source>
        <translation>Empaquete la carpeta para ver su manifiesto.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Folder to package</source>
        <translation>Carpeta para empaquetar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>e.g. street-voices</source>
        <translation>p. ej., street-voices</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Optional: what is in it, how it was collected</source>
        <translation>Opcional: qué contiene y cómo se recopiló</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Bigger shards mean fewer requests; smaller ones resume and dedupe finer.</source>
        <translation>Los fragmentos grandes requieren menos peticiones; los pequeños se reanudan y deduplican con más precisión.</translation>
    </message>
    <message>
        <source>Shard size:</source>
        <translation>Tamaño de fragmento:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>An SPDX license id, or LicenseRef-&lt;name&gt; for terms of your own.</source>
        <translation>Un identificador de licencia SPDX, o LicenseRef-&lt;nombre&gt; para condiciones propias.</translation>
    </message>
    <message>
        <source>SPDX id:</source>
        <translation>ID de SPDX:</translation>
    </message>
    <message>
        <source>Allowed uses:</source>
        <translation>Usos permitidos:</translation>
    </message>
    <message>
        <source>Charged for the first delivery of each shard to a buyer&apos;s job.</source>
        <translation>Se cobra la primera entrega de cada fragmento al trabajo de un comprador.</translation>
    </message>
    <message>
        <source>Price per access:</source>
        <translation>Precio por acceso:</translation>
    </message>
    <message>
        <source>Optional, same currency</source>
        <translation>Opcional, misma moneda</translation>
    </message>
    <message>
        <source>Price per GiB:</source>
        <translation>Precio por GiB:</translation>
    </message>
    <message>
        <source>Optional: how buyers must credit you</source>
        <translation>Opcional: cómo deben citarle los compradores</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribución:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Only if the creator key has one</source>
        <translation>Solo si la clave de creador tiene una</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln archivo, %1</numerusform>
            <numerusform>%Ln archivos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Price per access: %1</source>
        <translation>Precio por acceso: %1</translation>
    </message>
    <message>
        <source>Price per GiB: %1</source>
        <translation>Precio por GiB: %1</translation>
    </message>
    <message>
        <source>Choose a folder with at least one file first.</source>
        <translation>Elija primero una carpeta con al menos un archivo.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>Packing %1…</source>
        <translation>Empaquetando %1…</translation>
    </message>
    <message>
        <source>Packing cancelled; nothing was published.</source>
        <translation>Empaquetado cancelado; no se publicó nada.</translation>
    </message>
    <message>
        <source>Packed and signed: manifest %1</source>
        <translation>Empaquetado y firmado: manifiesto %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique)&lt;br&gt;Written: %8 &amp;nbsp; Already stored: %9 &amp;nbsp; Duplicates inside: %10&lt;br&gt;&lt;b&gt;Dedup savings: %11&lt;/b&gt; (%12%) &amp;nbsp; License: %13</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;CID del manifiesto: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 archivos, %5 en %6 fragmentos (%7 únicos)&lt;br&gt;Escritos: %8 &amp;nbsp; Ya almacenados: %9 &amp;nbsp; Duplicados internos: %10&lt;br&gt;&lt;b&gt;Ahorro por deduplicación: %11&lt;/b&gt; (%12 %) &amp;nbsp; Licencia: %13</translation>
    </message>
    <message>
        <source>The market store is not open: %1</source>
        <translation>El almacén del mercado no está abierto: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>Published %1@%2 (%3). Buyers can find it in the catalog now.</source>
        <translation>%1@%2 publicado (%3). Los compradores ya pueden encontrarlo en el catálogo.</translation>
    </message>
    <message>
        <source>Revoke this license…</source>
        <translation>Revocar esta licencia…</translation>
    </message>
    <message>
        <source>Revoke a buyer…</source>
        <translation>Revocar a un comprador…</translation>
    </message>
    <message>
        <source>Revoke license</source>
        <translation>Revocar licencia</translation>
    </message>
    <message>
        <source>Revoke the license of %1@%2 for every buyer. Reason:</source>
        <translation>Revocar la licencia de %1@%2 para todos los compradores. Motivo:</translation>
    </message>
    <message>
        <source>terms withdrawn</source>
        <translation>condiciones retiradas</translation>
    </message>
    <message>
        <source>Revoke buyer</source>
        <translation>Revocar comprador</translation>
    </message>
    <message>
        <source>Buyer id to cut off:</source>
        <translation>ID del comprador que se excluirá:</translation>
    </message>
    <message>
        <source>revoked by the operator</source>
        <translation>revocado por el operador</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; (published)&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique, %8 stored)&lt;br&gt;License: %9</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt; (publicado)&lt;br&gt;CID del manifiesto: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 archivos, %5 en %6 fragmentos (%7 únicos, %8 almacenados)&lt;br&gt;Licencia: %9</translation>
    </message>
    <message>
        <source>The market store is not open.</source>
        <translation>El almacén del mercado no está abierto.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Revoked %1 at the edge.</source>
        <translation>%1 revocado en el edge.</translation>
    </message>
    <message>
        <source>Revocation refused: %1</source>
        <translation>Revocación rechazada: %1</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 revocado.</translation>
    </message>
</context>
<context>
    <name>sg::ui::RateLimitModel</name>
    <message>
        <source>per token</source>
        <translation>por token</translation>
    </message>
    <message>
        <source>per buyer</source>
        <translation>por comprador</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / s</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Token / buyer</source>
        <translation>Token / comprador</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Requests available</source>
        <translation>Solicitudes disponibles</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitidas</translation>
    </message>
    <message>
        <source>Refused (429)</source>
        <translation>Rechazadas (429)</translation>
    </message>
    <message>
        <source>Last request (UTC)</source>
        <translation>Última solicitud (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation>Sec.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation>Conjunto de datos (manifiesto)</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>sg::ui::SettingsWorkspace</name>
    <message>
        <source>Start the embedded edge when the console opens</source>
        <translation>Iniciar el edge integrado al abrir la consola</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie la consola.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Blobs (the shards), the market and ledger databases and the keys live here. Start with &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; to use another folder.</source>
        <translation>Aquí se guardan los blobs (los fragmentos), las bases de datos del mercado y del libro de registro y las claves. Inicie con &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; para usar otra carpeta.</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>Abrir en el gestor de archivos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Creator key:</source>
        <translation>Clave de creador:</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Exportar clave pública…</translation>
    </message>
    <message>
        <source>Edge defaults</source>
        <translation>Valores predeterminados del edge</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine.</source>
        <translation>HOST:PUERTO; el puerto 0 elige uno libre. La interfaz de bucle local mantiene el edge privado en esta máquina.</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>Capacidad de la caché:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> solicitudes/s</translation>
    </message>
    <message>
        <source>Rate limit per buyer:</source>
        <translation>Límite de frecuencia por comprador:</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <source>No creator key yet (the welcome or the demo creates one).</source>
        <translation>Aún no hay clave de creador (la bienvenida o la demostración crean una).</translation>
    </message>
    <message>
        <source>%1 (protected by a passphrase)</source>
        <translation>%1 (protegida con una frase de contraseña)</translation>
    </message>
    <message>
        <source>Creator key</source>
        <translation>Clave de creador</translation>
    </message>
    <message>
        <source>Passphrase of the creator key:</source>
        <translation>Frase de contraseña de la clave de creador:</translation>
    </message>
    <message>
        <source>Cannot read the creator key: %1</source>
        <translation>No se puede leer la clave de creador: %1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exportar clave pública</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Archivos PEM (*.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Public key written to %1 (%2).</source>
        <translation>Clave pública escrita en %1 (%2).</translation>
    </message>
    <message>
        <source>Token signing keys</source>
        <translation>Claves de firma de tokens</translation>
    </message>
    <message>
        <source>The market signs buyers&apos; access tokens with the active key; edges fetch the public keys from /.well-known/jwks.json. Rotate to start signing with a new key: the old one keeps verifying the tokens it signed until they expire.</source>
        <translation>El mercado firma los tokens de acceso de los compradores con la clave activa; los edges obtienen las claves públicas en /.well-known/jwks.json. Rote para firmar con una clave nueva: la anterior sigue verificando los tokens que firmó hasta que caduquen.</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>Rotar clave de firma</translation>
    </message>
    <message>
        <source>Export public keys (JWKS)…</source>
        <translation>Exportar claves públicas (JWKS)…</translation>
    </message>
    <message>
        <source>Export token public keys</source>
        <translation>Exportar claves públicas de tokens</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No token signing key yet: the market creates one when it first issues a token (or rotate now).</source>
        <translation>Aún no hay clave de firma de tokens: el mercado crea una al emitir su primer token (o rote ahora).</translation>
    </message>
    <message>
        <source>The market is not open yet; try again in a moment.</source>
        <translation>El mercado aún no está abierto; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Rotando…</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>La rotación falló: %1</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs new tokens with it from now on.</source>
        <translation>Nueva clave de firma %1: el edge firma con ella los tokens nuevos a partir de ahora.</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs with it when it starts.</source>
        <translation>Nueva clave de firma %1: el edge firmará con ella cuando se inicie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public key(s) written to %1.</source>
        <translation>
            <numerusform>%Ln clave pública escrita en %1.</numerusform>
            <numerusform>%Ln claves públicas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the keys: %1</source>
        <translation>No se pueden exportar las claves: %1</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys, the edge&apos;s defaults and downloads.</source>
        <translation>Apariencia, carpeta de datos, claves, valores predeterminados del edge y descargas.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Write downloads through the page cache</source>
        <translation>Escribir las descargas a través de la caché de páginas</translation>
    </message>
    <message>
        <source>Keeps the downloaded data in memory, so a program that reads it right afterwards finds it there. Slower for large datasets, and it pushes other programs&apos; data out of memory. Unticked, verified shards are written directly to disk (O_DIRECT), but only where the filesystem takes it; elsewhere the page cache is used anyway.</source>
        <translation>Mantiene los datos descargados en memoria, de modo que un programa que los lea justo después los encuentre allí. Más lento con conjuntos de datos grandes, y desplaza de la memoria los datos de otros programas. Sin marcar, los shards verificados se escriben directamente en el disco (O_DIRECT), pero solo donde el sistema de archivos lo admite; en los demás casos se usa igualmente la caché de páginas.</translation>
    </message>
    <message>
        <source>Sync each charge to disk before serving the shard</source>
        <translation>Escribir cada cargo en el disco antes de servir el fragmento</translation>
    </message>
    <message>
        <source>Off: a charge is committed before the first byte and synced to disk about a millisecond later, while the bytes flow (a crash of the edge loses no charge; a power cut can lose the last millisecond&apos;s). On: no byte of a shard leaves before its charge is on disk (slower).</source>
        <translation>Desactivado: un cargo se confirma antes del primer byte y se sincroniza con el disco alrededor de un milisegundo después, mientras fluyen los datos (una caída del edge no pierde ningún cargo; un corte de luz puede perder los del último milisegundo). Activado: ningún byte de un fragmento sale antes de que su cargo esté en el disco (más lento).</translation>
    </message>
</context>
<context>
    <name>sg::ui::ShardListModel</name>
    <message>
        <source>stored</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>same bytes as shard %1</source>
        <translation>mismos bytes que el fragmento %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
</context>
<context>
    <name>sg::ui::TokenKeyModel</name>
    <message>
        <source>Active: signs new tokens</source>
        <translation>Activa: firma los tokens nuevos</translation>
    </message>
    <message>
        <source>Retired: verifies its tokens until they expire</source>
        <translation>Retirada: verifica sus tokens hasta que caduquen</translation>
    </message>
    <message>
        <source>Retired: no longer trusted</source>
        <translation>Retirada: ya no es de confianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Id. de clave (kid)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creada (UTC)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <source>Create a demo dataset (a few MB of text and images), publish it and add a demo buyer with 25.00 USD of credits</source>
        <translation>Crear un conjunto de datos de demostración (unos MB de texto e imágenes), publicarlo y añadir un comprador de demostración con 25,00 USD de créditos</translation>
    </message>
    <message>
        <source>Start the embedded edge on a free loopback port</source>
        <translation>Iniciar el edge integrado en un puerto libre de bucle local</translation>
    </message>
    <message>
        <source>Welcome to Shardgate</source>
        <translation>Bienvenido a Shardgate</translation>
    </message>
    <message>
        <source>Shardgate packages datasets into signed, content-addressed shards, sells access with short-lived tokens and writes a verifiable receipt for every byte served.&lt;br&gt;&lt;br&gt;Your data folder will be &lt;b&gt;%1&lt;/b&gt;. A creator key is made there to sign what you publish.</source>
        <translation>Shardgate empaqueta conjuntos de datos en fragmentos firmados y direccionados por contenido, vende el acceso con tokens de corta duración y escribe un recibo verificable por cada byte servido.&lt;br&gt;&lt;br&gt;Su carpeta de datos será &lt;b&gt;%1&lt;/b&gt;. Allí se crea una clave de creador para firmar lo que publique.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>With a passphrase the key is stored encrypted; you type it when you pack.</source>
        <translation>Con una frase de contraseña, la clave se guarda cifrada; la escribe al empaquetar.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
</TS>
