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
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
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
        <source>Appearance, the data folder, keys and the edge&apos;s defaults.</source>
        <translation>Apariencia, carpeta de datos, claves y valores predeterminados del edge.</translation>
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
        <translation>Aquí se guardan los blobs (los shards), las bases de datos del mercado y del libro de registro y las claves. Inicie con &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; para usar otra carpeta.</translation>
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
        <source>Listen address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>Capacidad de la caché:</translation>
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
</context>
</TS>
