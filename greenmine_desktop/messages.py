"""Sentences the core says to a user, in Chinese and English.

The domain and services never import Qt, so they cannot use ``tr``; they raise
:class:`UserError` or return :class:`Problem` values that carry a code and its
parameters, and the GUI or CLI renders them in the user's language from this table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_TEXTS: dict[str, tuple[str, str]] = {
    # workspace
    "workspace_missing": ("找不到工作区：{path}。", "No workspace found at {path}."),
    "workspace_exists": ("{path} 已经是一个工作区，不能重复创建。", "{path} is already a workspace."),
    "workspace_too_new": (
        "此工作区由更新版本的 GreenMine 创建（数据库版本 {found}），本程序只支持到版本 {supported}，请升级程序。",
        "This workspace was made by a newer GreenMine (schema {found}); this version reads up to "
        "schema {supported}, so please upgrade.",
    ),
    "workspace_not_greenmine": (
        "{path} 不是 GreenMine 工作区数据库。",
        "{path} is not a GreenMine workspace database.",
    ),
    "workspace_locked": (
        "工作区正被另一个程序使用，请关闭后重试。",
        "The workspace is in use by another program; close it and try again.",
    ),
    "disk_full": ("磁盘空间不足，最后这项更改未保存。", "The disk is full; this last change was not saved."),
    # issue 22: a SQLite workspace on a network share
    "workspace_on_network_share": (
        "工作区 {path} 位于网络共享上（{kind}），多人经网络共用会损坏它的 SQLite 数据库，请把工作区放在本机磁盘上；"
        "县局几名工作人员要共用数据时，请把县级工作区的数据放到局里的 PostgreSQL 服务器上"
        "（新建用 greenmine server init，现有工作区用 greenmine workspace move 迁入）。",
        "The workspace {path} is on a network share ({kind}), where shared use corrupts its SQLite database: "
        "keep the workspace on a local disk, or, for several clerks sharing a county desk, keep its data on the "
        "bureau's PostgreSQL server (greenmine server init for a new one, greenmine workspace move for this one).",
    ),
    "bad_kind": ("工作区类型必须是 county 或 field。", "A workspace kind must be county or field."),
    # issue 22: PostgreSQL
    "server_field_workspace": (
        "野外笔记本的工作区只能保存在本机，只有县局工作区可以放在数据库服务器上。",
        "A field laptop's workspace stays on the laptop; only a county workspace can be kept on a database server.",
    ),
    "server_not_empty": (
        "该数据库不是空的，GreenMine 不会在其中建表；请让管理员新建一个空数据库。",
        "That database is not empty, so GreenMine will not create its tables in it; ask the administrator "
        "for a new, empty database.",
    ),
    "server_unreachable": (
        "无法连接数据库服务器（{reason}）；请检查网络和 {path} 中的连接设置。",
        "Could not connect to the database server ({reason}); check the network and the connection in {path}.",
    ),
    "database_file_bad": (
        "{path} 不是有效的数据库连接设置（应为 {{\"backend\": \"postgresql\", \"conninfo\": \"service=…\"}}）。",
        "{path} is not a valid database connection setting (it should be "
        "{{\"backend\": \"postgresql\", \"conninfo\": \"service=…\"}}).",
    ),
    "server_initialised": (
        "已在数据库中建好县局工作区的表（数据库版本 {version}）。",
        "The county workspace's tables are made in the database (schema {version}).",
    ),
    "server_workspace_made": (
        "县局工作区 {path} 已建好，数据保存在数据库服务器上。",
        "The county workspace {path} is made; its data is kept on the database server.",
    ),
    "move_already_on_server": (
        "{path} 的数据已经在数据库服务器上。", "The data of {path} is on a database server already.",
    ),
    "move_count_differs": (
        "迁移未完成：表 {table} 在本机有 {here} 行，服务器上却是 {there} 行；服务器上未保存任何数据，工作区保持原样。",
        "The move did not happen: table {table} has {here} rows here but {there} on the server; nothing was "
        "kept on the server and the workspace is as it was.",
    ),
    "move_chain_broken": (
        "迁移未完成：服务器上的审计链在第 {seq} 行校验失败；服务器上未保存任何数据，工作区保持原样。",
        "The move did not happen: the audit chain on the server does not verify at row {seq}; nothing was kept "
        "on the server and the workspace is as it was.",
    ),
    "move_content_differs": (
        "迁移未完成：服务器上的数据与本机不一致；服务器上未保存任何数据，工作区保持原样。",
        "The move did not happen: the data on the server differs from the data here; nothing was kept on the "
        "server and the workspace is as it was.",
    ),
    "move_done": (
        "已把 {path} 的数据迁入数据库服务器：{tables} 张表共 {rows} 行，行数一致，审计链 {chain} 行校验通过。"
        "原 SQLite 文件保留为 {backup}。",
        "The data of {path} is on the database server now: {rows} rows in {tables} tables, every count equal, "
        "the audit chain of {chain} rows verified. The SQLite file is kept as {backup}.",
    ),
    "server_backup": (
        "此工作区的数据库在服务器上，由服务器管理员备份（pg_dump）；本程序只备份单机工作区。",
        "This workspace's database is on the server and is backed up there by its administrator (pg_dump); "
        "this program backs up only workspaces kept on this computer.",
    ),
    "database_password_in_file": (
        "{path} 中的连接设置写有密码；密码请放在 libpq 的密码文件（pgpass）或服务文件中，或保存在系统钥匙串里"
        "（文件 → 连接服务器 → 记住密码），不要写在工作区文件夹里。",
        "The connection in {path} contains a password; keep the password in libpq's password file (pgpass) "
        "or service file, or in the system keyring (File → Connect to a server → Remember the password), not in "
        "the workspace folder.",
    ),
    # issue 22: the server's password in the system keyring
    "keyring_unavailable": (
        "无法把密码保存到系统钥匙串（{reason}）；什么都没有更改。请不勾选“记住密码”，"
        "或把密码放在 libpq 的密码文件（pgpass）中。",
        "The password could not be kept in the system keyring ({reason}); nothing was changed. Leave "
        "\"Remember the password\" unticked, or keep the password in libpq's password file (pgpass).",
    ),
    # issue 16: writing files (every file goes through files.write_atomically)
    "write_disk_full": ("磁盘已满，{path} 未写入。", "The disk is full; {path} was not written."),
    "write_read_only": (
        "{folder} 是只读的（写保护），{path} 未写入。",
        "{folder} is read-only (write-protected); {path} was not written.",
    ),
    "write_permission": (
        "没有在 {folder} 中写文件的权限，{path} 未写入。",
        "There is no permission to write in {folder}; {path} was not written.",
    ),
    "write_folder_missing": (
        "文件夹 {missing} 不存在（U 盘或移动硬盘是否已连接？），{path} 未写入。",
        "The folder {missing} does not exist (is the USB stick or drive connected?); {path} was not written.",
    ),
    "write_not_a_folder": (
        "{folder} 是一个文件而不是文件夹，{path} 未写入。",
        "{folder} is a file, not a folder; {path} was not written.",
    ),
    "write_drive_missing": (
        "驱动器 {drive} 不存在或未连接，{path} 未写入。",
        "The drive {drive} is not there or not connected; {path} was not written.",
    ),
    "write_failed": (
        "无法写入 {path}（{reason}），该文件未写入。",
        "Could not write {path} ({reason}); it was not written.",
    ),
    "notice_csv_not_written": (
        "公示 PDF {pdf} 已写出，但表格（CSV）没有写出：{reason}",
        "The notice PDF {pdf} was written but its table (CSV) was not: {reason_en}",
    ),
    "workspace_disk_full": (
        "工作区 {path} 所在的磁盘已满，无法打开；请腾出空间后重试。",
        "The disk holding the workspace {path} is full, so it cannot be opened; free some space and try again.",
    ),
    # import files
    "file_unreadable": ("无法读取文件 {path}：{reason}。", "Could not read {path}: {reason}."),
    "file_type": (
        "不支持的文件类型 {suffix}，请使用 CSV 或 XLSX。",
        "Unsupported file type {suffix}; use CSV or XLSX.",
    ),
    "no_header": (
        "文件缺少必需的列：{columns}。",
        "The file lacks required columns: {columns}.",
    ),
    "file_empty": ("文件中没有数据行。", "The file holds no data rows."),
    # issue 16: damaged and hostile register files
    "file_too_large": (
        "{path} 超过 {limit} MB，不像名录文件，已拒绝。",
        "{path} is over {limit} MB, too large for a register file.",
    ),
    "file_encoding": (
        "{path} 不是 UTF-16、UTF-8 或 GB18030 编码的文本；请在 Excel 中另存为“CSV UTF-8”。",
        "{path} is not text in UTF-16, UTF-8 or GB18030; save it from Excel as “CSV UTF-8”.",
    ),
    "file_csv_malformed": (
        "{path} 第 {row} 行的 CSV 格式错误（引号未闭合或行结构损坏）。",
        "{path}, row {row}: the CSV is malformed (a quote is not closed or the line is damaged).",
    ),
    "file_xlsx_not_zip": (
        "{path} 不是 Excel 工作簿（XLSX）：文件可能是空的、已损坏，或是其他文件改了扩展名。",
        "{path} is not an Excel workbook (XLSX): it is empty, damaged, or another kind of file renamed.",
    ),
    "file_xlsx_damaged": (
        "{path} 是损坏的 Excel 工作簿，其中的表格内容无法读取；请在 Excel 中打开并重新保存。",
        "{path} is a damaged Excel workbook whose sheet cannot be read; open it in Excel and save it again.",
    ),
    "file_xlsx_dtd": (
        "{path} 含有文档类型声明（DTD），Excel 从不写入这种内容，为安全起见已拒绝。",
        "{path} contains a document type declaration (DTD), which Excel never writes; it was refused for safety.",
    ),
    "file_xlsx_too_large": (
        "{path} 解压后超过 {limit} MB，为防止恶意文件已拒绝。",
        "{path} unpacks to more than {limit} MB and was refused as a possible zip bomb.",
    ),
    "no_header_big5": (
        "文件缺少必需的列：{columns}；该文件可能是繁体中文（Big5）编码，请另存为 UTF-8 或 GB18030 并使用简体列名。",
        "The file lacks required columns: {columns}; it may be in Big5 (traditional Chinese), so save it as "
        "UTF-8 or GB18030 with the simplified-Chinese headers.",
    ),
    "cell_too_long": (
        "“{field}”有 {length} 个字符，超过上限 {limit}。",
        "“{field}” has {length} characters, more than the limit of {limit}.",
    ),
    "cell_control_character": (
        "“{field}”含有控制字符（如 NUL 空字节），文件可能已损坏。",
        "“{field}” holds control characters (such as a NUL byte); the file may be damaged.",
    ),
    "boundary_too_many_parts": (
        "拐点坐标有 {parts} 个区块，超过上限 {limit}。",
        "The boundary has {parts} parts, more than the limit of {limit}.",
    ),
    "boundary_too_many_corners": (
        "拐点坐标共有 {corners} 个拐点，超过上限 {limit}。",
        "The boundary has {corners} corners, more than the limit of {limit}.",
    ),
    "boundary_corner_number": (
        "{part}的拐点编号 {number} 不合理（应为 1 至 {limit}）。",
        "{part} has an impossible corner number {number} (corners are numbered 1 to {limit}).",
    ),
    "boundary_corner_repeated": (
        "{part}的拐点编号 {number} 重复出现（只有闭合时的首点可以重复）。",
        "{part} uses corner number {number} twice (only the first corner repeats, to close the ring).",
    ),
    # import rows
    "missing_field": ("缺少“{field}”。", "“{field}” is missing."),
    "bad_value": ("“{field}”的值“{value}”无法识别。", "“{field}” has an unknown value “{value}”."),
    "bad_date": ("“{field}”不是有效日期：{value}。", "“{field}” is not a valid date: {value}."),
    "bad_number": ("“{field}”不是数字：{value}。", "“{field}” is not a number: {value}."),
    "credit_code_length": (
        "统一社会信用代码 {value} 应为 18 位。",
        "Unified social credit code {value} must have 18 characters.",
    ),
    "credit_code_format": (
        "统一社会信用代码 {value} 含有不允许的字符。",
        "Unified social credit code {value} holds characters it may not have.",
    ),
    "credit_code_checksum": (
        "统一社会信用代码 {value} 的校验码不对。",
        "Unified social credit code {value} fails its check digit.",
    ),
    "duplicate_licence": (
        "采矿许可证号 {key} 与第 {first_row} 行重复。",
        "Licence number {key} repeats row {first_row}.",
    ),
    "duplicate_badge": (
        "执法证号 {key} 与第 {first_row} 行重复。",
        "Badge number {key} repeats row {first_row}.",
    ),
    "bad_avoidance": (
        "回避对象“{value}”应写成“矿山:采矿许可证号:原因”或“企业:统一社会信用代码:原因”。",
        "Avoidance “{value}” must read “mine:licence number:reason” or “company:credit code:reason”.",
    ),
    "boundary_syntax": ("拐点坐标格式错误：{detail}。", "Boundary text is malformed: {detail}."),
    "boundary_missing_elevation": (
        "{part}缺少开采标高（如 [+124.9,+12.3]）。",
        "{part} lacks its mining elevation range (e.g. [+124.9,+12.3]).",
    ),
    "boundary_bad_elevation": (
        "{part}的开采标高上下限相同。",
        "{part} has the same top and bottom mining elevation.",
    ),
    "boundary_too_few_corners": (
        "{part}至少需要 3 个不同的拐点。",
        "{part} needs at least 3 distinct corners.",
    ),
    "boundary_not_closed": (
        "{part}的拐点未闭合：最后一个拐点应重复第 1 个拐点。",
        "{part} is not closed: its last corner must repeat corner 1.",
    ),
    "boundary_self_intersecting": (
        "{part}的边界自相交，交叉点约在 X={x}，Y={y}。",
        "{part} crosses itself near X={x}, Y={y}.",
    ),
    "boundary_parts_overlap": ("{part}与{other}重叠。", "{part} overlaps {other}."),
    "boundary_duplicate_part": ("区块名称“{part}”重复。", "Part name “{part}” is used twice."),
    "coord_not_number": (
        "{part}拐点 {corner} 的坐标不是数字。",
        "{part} corner {corner} has a coordinate that is not a number.",
    ),
    "coord_decimals": (
        "{part}拐点 {corner} 的坐标超过 2 位小数。",
        "{part} corner {corner} has more than 2 decimals.",
    ),
    "coord_x_digits": (
        "{part}拐点 {corner} 的 X 坐标 {value} 应为 7 位整数（北坐标在前）。",
        "{part} corner {corner}: X {value} must have 7 integer digits (northing first).",
    ),
    "coord_y_digits": (
        "{part}拐点 {corner} 的 Y 坐标 {value} 应为带带号的 8 位整数或不带带号的 6 位整数。",
        "{part} corner {corner}: Y {value} must have 8 integer digits with the zone prefix, "
        "or 6 without.",
    ),
    "coord_zone": (
        "{part}拐点 {corner} 的带号 {zone} 不在 25–45 之间（3 度带）。",
        "{part} corner {corner}: zone {zone} is outside 25–45 (3-degree zones).",
    ),
    "coord_mixed_zones": (
        "拐点坐标混用了不同的投影带（{zones}）。",
        "The corners mix projection zones ({zones}).",
    ),
    "coord_zone_unknown": (
        "Y 坐标不带带号，请在“坐标系”列给出 EPSG 代码（4534–4554）。",
        "Y has no zone prefix; give the EPSG code (4534–4554) in the coordinate-system column.",
    ),
    "coord_epsg_mismatch": (
        "坐标系 EPSG:{epsg} 与坐标的带号 {zone} 不符。",
        "EPSG:{epsg} does not match the coordinates' zone {zone}.",
    ),
    "coord_bad_crs": (
        "无法识别的坐标系“{value}”，请用 CGCS2000、EPSG:4513–4554、西安80 或 北京54。",
        "Unknown coordinate system “{value}”; use CGCS2000, EPSG:4513–4554, Xian80 or Beijing54.",
    ),
    # issue 21: boundaries one corner a row, and from shapefile, DXF, GeoJSON, GeoPackage
    "corner_bad_number": (
        "第 {row} 行的拐点号“{value}”应为数字或 J 加数字（如 J1）。",
        "Row {row}: corner number “{value}” must be digits or J and digits (e.g. J1).",
    ),
    "corner_missing_coordinate": (
        "第 {row} 行：{part}拐点 {corner} 缺少 X 或 Y 坐标。",
        "Row {row}: {part} corner {corner} lacks its X or Y.",
    ),
    "corner_repeated": (
        "第 {row} 行：{part}的拐点 {corner} 与第 {first_row} 行重复。",
        "Row {row}: {part} corner {corner} repeats row {first_row}.",
    ),
    "corner_missing": (
        "第 {row} 行之前：{part}缺少拐点 {corner}（拐点号应连续）。",
        "Before row {row}: {part} lacks corner {corner} (corner numbers must run on).",
    ),
    "corner_part_value_conflict": (
        "第 {row} 行：{part}的“{field}”与第 {first_row} 行不同。",
        "Row {row}: {part} has a “{field}” other than on row {first_row}.",
    ),
    "corner_bad_part_name": (
        "区块名称“{part}”不能含有 | [ ] : ; , 字符。",
        "Part name “{part}” may not hold the characters | [ ] : ; ,.",
    ),
    "feature_not_polygon": (
        "要素 {feature} 不是面（多边形）。",
        "Feature {feature} is not a polygon.",
    ),
    "feature_has_hole": (
        "要素 {feature} 的面带有内环（洞），矿区范围不应有洞。",
        "Feature {feature} has a hole; a licensed boundary has none.",
    ),
    "source_crs_unreadable": ("无法识别 {path} 中的坐标系。", "The coordinate system in {path} cannot be read."),
    "source_crs_unsupported": (
        "文件的坐标系“{name}”不受支持：请用 CGCS2000（或西安80、北京54）3 度带高斯-克吕格投影，或经纬度。",
        "The file's coordinate system “{name}” is not supported: use a CGCS2000 (or Xian 80, Beijing 54) "
        "3-degree Gauss-Krüger zone, or longitude/latitude.",
    ),
    "source_outside_zones": (
        "经度 {lon}° 不在 3 度带 25–45 带范围内。",
        "Longitude {lon}° lies outside 3-degree zones 25–45.",
    ),
    "source_layer_needed": (
        "{path} 有多个图层（{layers}），请选择其中一个。",
        "{path} has several layers ({layers}); choose one.",
    ),
    "source_layer_missing": (
        "没有图层“{layer}”（有：{layers}）。",
        "There is no layer “{layer}” (there are: {layers}).",
    ),
    "dxf_no_polylines": ("{path} 中没有闭合的多段线。", "{path} holds no closed polyline."),
    "dxf_licence_needed": (
        "DXF 图形只含边界，请指定它属于哪个采矿许可证号。",
        "A DXF drawing holds only the boundary; name the licence number it belongs to.",
    ),
    "dxf_unknown_licence": (
        "采矿许可证号 {licence} 不在矿山名录中，DXF 只能更新已登记矿山的边界。",
        "Licence number {licence} is not in the register; a DXF can only update a registered mine's boundary.",
    ),
    "warn_part_area_mismatch": (
        "{part}登记面积 {stated} km² 与椭球面计算面积 {computed} km² 相差 {percent}%。",
        "{part}: stated area {stated} km² differs from the ellipsoidal area {computed} km² by {percent}%.",
    ),
    "corner_ring_closed": (
        "第 {row} 行：{part}的拐点未闭合，已按第 1 个拐点（{corner}）闭合。",
        "Row {row}: {part} was not closed; closed on its first corner ({corner}).",
    ),
    "basemap_unreadable": ("{path} 不是可读的 MBTiles 底图文件。", "{path} is not a readable MBTiles basemap."),
    "export_format": ("导出格式应为 {formats} 之一。", "The export format must be one of {formats}."),
    "export_nothing": ("名录中没有可导出的矿山边界。", "The register holds no boundary to export."),
    "export_written": ("已写入 {path}。", "Wrote {path}."),
    # import warnings (accepted rows)
    "warn_area_mismatch": (
        "登记面积 {stated} km² 与椭球面计算面积 {computed} km² 相差 {percent}%。",
        "Stated area {stated} km² differs from the ellipsoidal area {computed} km² by {percent}%.",
    ),
    "warn_unknown_avoidance": (
        "回避对象 {target} 不在矿山名录中，已照录。",
        "Avoidance target {target} is not in the mine register; kept as written.",
    ),
    "warn_legacy_datum": (
        "坐标为旧坐标系（{datum}），未做转换，不能与照片 GPS 比对。",
        "Coordinates use a legacy datum ({datum}); no conversion is guessed, so photo GPS "
        "cannot be checked against them.",
    ),
    # the draw
    "draw_no_seed": (
        "请输入抽取种子（如现场报出的数字）。",
        "Enter the draw seed (for example the numbers called out).",
    ),
    "draw_sample_rule": (
        "抽取数量须为一个数目或 0 到 1 之间的比例，二者取其一。",
        "The sample must be either a count or a ratio between 0 and 1.",
    ),
    "draw_team_too_small": (
        "检查组人数 {size} 少于法定最少人数 {minimum}。",
        "A team of {size} is below the legal minimum of {minimum}.",
    ),
    "draw_sample_too_large": (
        "要抽取 {wanted} 座矿山，但符合条件的只有 {eligible} 座。",
        "The draw asks for {wanted} mines but only {eligible} are eligible.",
    ),
    "draw_pool_too_small": (
        "检查人员库只有 {inspectors} 名在岗人员，少于检查组人数 {needed}。",
        "The inspector pool has only {inspectors} active inspectors, fewer than a team of {needed}.",
    ),
    "draw_capacity": (
        "需要 {seats} 个检查席位，但 {inspectors} 名检查人员每人最多 {max_load} 座，只能提供 {capacity} 个。",
        "The draw needs {seats} inspector seats but {inspectors} inspectors at most {max_load} mines each "
        "give only {capacity}.",
    ),
    "draw_avoidance": (
        "矿山 {licence} 回避后只剩 {available} 名检查人员，检查组需要 {needed} 名。",
        "After avoidance only {available} inspectors may check mine {licence}; a team needs {needed}.",
    ),
    "draw_load": (
        "在每人最多 {max_load} 座的限制下，无法为矿山 {licence} 组成检查组。",
        "No team can be formed for mine {licence} within the limit of {max_load} mines per inspector.",
    ),
    "draw_record_format": (
        "抽取记录格式版本 {found} 不受支持（本程序支持 {supported}）。",
        "Draw record format {found} is not supported (this version reads {supported}).",
    ),
    "draw_record_malformed": (
        "抽取记录文件不完整或已损坏（{detail}）。",
        "The draw record is incomplete or damaged ({detail}).",
    ),
    "draw_record_edited": (
        "抽取记录在生成后被修改过（记录哈希不符）。",
        "The draw record was changed after it was made (its hash differs).",
    ),
    "draw_inputs_edited": (
        "抽取记录中的输入数据被修改过（输入哈希不符）。",
        "The draw inputs in the record were changed (their hash differs).",
    ),
    "draw_result_differs": (
        "按记录的输入和种子重新抽取，结果不同（首个不同处：矿山 {licence}）。",
        "Re-running the draw from the record's inputs and seed gives another result (first difference: mine "
        "{licence}).",
    ),
    "draw_verified": (
        "抽取记录完好：按种子“{seed}”重新抽取得到相同结果（{mines} 座矿山）。",
        "The draw record is intact: re-running it with seed “{seed}” gives the same result ({mines} mines).",
    ),
    "draw_replace_reason": (
        "重新抽取须说明原因（如：检查人员回避未登记）。",
        "A redraw needs its reason (for example: an unrecorded conflict of interest).",
    ),
    "draw_replaces_missing": ("工作区中没有抽取记录 {record}。", "The workspace has no draw record {record}."),
    "draw_plan_drawn": (
        "计划“{plan}”已经抽取过（记录 {record}），重新抽取须注明替换哪条记录并说明原因。",
        "The plan “{plan}” has been drawn already (record {record}); a redraw names the record it replaces and why.",
    ),
    "draw_replaced_already": (
        "抽取记录 {record} 已被另一次重新抽取替换，只能替换该计划当前有效的记录。",
        "The draw record {record} was replaced by another redraw already; only the plan's current record can be "
        "replaced.",
    ),
    "draw_replaces_other_plan": (
        "抽取记录 {record} 不属于计划“{plan}”。",
        "The draw record {record} is not one of the plan “{plan}”.",
    ),
    # issue 16: a draw is stored once, its files exported separately
    "draw_stored_not_exported": (
        "抽取结果已保存（记录 {record}），但文件未能写出：{reason} "
        "请用 greenmine draw export {record} --out … 重新导出，不要重新抽取。",
        "The draw is stored (record {record}) but its file could not be written: {reason} Export it with "
        "greenmine draw export {record} --out …; do not draw again.",
    ),
    "draw_export_nothing": ("请给出 --out 或 --pdf。", "Give --out or --pdf."),
    "plan_missing": ("工作区中没有名为“{plan}”的抽查计划。", "The workspace has no spot-check plan named “{plan}”."),
    "plan_item_missing": (
        "抽查事项“{item}”不在随机抽查事项清单中。",
        "The spot-check item “{item}” is not on the item list.",
    ),
    # checklists
    "template_invalid": (
        "检查表模板 {file} 有误（{where}）：{problem}。",
        "Checklist template {file} is invalid ({where}): {problem}.",
    ),
    "template_missing": ("找不到检查表模板“{template}”。", "No checklist template “{template}” is installed."),
    # inspections
    "inspection_team_too_small": (
        "检查组只有 {size} 名检查人员，至少需要 {minimum} 名。",
        "The team has {size} inspectors; at least {minimum} are required.",
    ),
    "inspection_no_representative": ("请填写矿山企业现场负责人。", "Enter the mine's representative."),
    "inspection_mine_missing": (
        "矿山名录中没有采矿许可证号 {licence}。",
        "No mine with licence {licence} is in the register.",
    ),
    "inspection_missing": ("找不到编号为 {id} 的检查。", "No inspection {id} exists."),
    "inspection_frozen": (
        "这次检查已签字确认，不能再修改；修改会生成新的修订版。",
        "This inspection is signed and frozen; a change makes a new revision.",
    ),
    "inspection_bad_answer": (
        "检查项 {item} 的答案无效：{detail}。",
        "The answer to item {item} is invalid: {detail}.",
    ),
    "inspection_no_finding": ("检查项 {item} 没有问题记录。", "Item {item} has no finding."),
    "inspection_header_fixed": (
        "检查开始后不能更换矿山或检查表。",
        "The mine and the checklist cannot change once an inspection has begun.",
    ),
    "inspection_not_signed": ("只有已签字的检查才能生成修订版。", "Only a signed inspection can be revised."),
    "signoff_unanswered": ("还有 {count} 项未检查，不能签字确认。", "{count} items are still unanswered."),
    "signoff_unsigned": ("{person} 尚未签字。", "{person} has not signed yet."),
    "signoff_resign": (
        "{person} 签字后内容有改动，需要重新签字。",
        "The content changed after {person} signed; they must sign again.",
    ),
    "signoff_refusal_witness": (
        "记录企业代表拒签时须填写见证人。",
        "A representative's refusal to sign needs a witness.",
    ),
    "signature_empty": ("{person} 的签名是空白的，请在签名区书写。", "{person}'s signature is blank; sign in the box."),
    # the audit log
    "audit_ok": (
        "审计日志完好：{rows} 条记录，哈希链校验通过。",
        "The audit log is intact: {rows} rows, hash chain verified.",
    ),
    "audit_broken_hash": (
        "审计日志第 {seq} 条记录被修改过，该条及其后的记录不可信。",
        "Audit log row {seq} was edited; it and the rows after it cannot be trusted.",
    ),
    "audit_broken_link": (
        "审计日志第 {seq} 条之前的记录被修改或删除，该条及其后的记录不可信。",
        "A row before audit log row {seq} was edited or deleted; it and the rows after it cannot be trusted.",
    ),
    "audit_broken_gap": (
        "审计日志缺少第 {seq} 条记录，其后的记录不可信。",
        "Audit log row {seq} is missing; the rows after it cannot be trusted.",
    ),
    "integrity_failed": ("数据库完整性检查失败：{detail}。", "The database integrity check failed: {detail}."),
    # photos
    "photo_empty": ("文件是空的（0 字节）。", "The file is empty (0 bytes)."),
    "photo_unreadable": ("无法读取文件：{reason}。", "The file cannot be read: {reason}."),
    "photo_not_image": ("这不是图片文件（内容无法识别）。", "This is not an image (its content is not recognised)."),
    "photo_format": (
        "不支持的图片格式 {format}，请使用 JPEG、PNG 或 HEIC。",
        "Unsupported image format {format}; use JPEG, PNG or HEIC.",
    ),
    "photo_too_large": (
        "图片超过 {limit} 百万像素，为防止恶意文件已拒绝。",
        "The image has more than {limit} megapixels and was refused as a possible decompression bomb.",
    ),
    "photo_truncated": ("图片数据不完整或已损坏。", "The image data is truncated or corrupt."),
    "photo_not_linked": ("这张照片不属于本次检查。", "This photo does not belong to this inspection."),
    # issue 16: damaged and hostile photos
    "photo_memory": (
        "读取这张图片约需 {need} MB 内存，超过照片解码的上限 {limit} MB，已拒绝；请另存为 JPEG 后再添加。",
        "Reading this image would take about {need} MB of memory, more than the {limit} MB allowed for "
        "decoding photos, so it was refused; save it as JPEG and add it again.",
    ),
    "photo_metadata_unreadable": (
        "照片的元数据（EXIF）已损坏，无法读取；照片本身已保留。",
        "The photo's metadata (EXIF) is damaged and cannot be read; the photo itself is kept.",
    ),
    "photo_gps_invalid": (
        "照片的 GPS 数据不是地球上可能的位置（纬度超过 ±90°、经度超过 ±180° 或数值无效），按无效 GPS 处理。",
        "The photo's GPS data is no possible position on Earth (latitude beyond ±90°, longitude beyond "
        "±180° or not a number); it is treated as invalid GPS.",
    ),
    # documents
    "notice_nothing_to_rectify": (
        "这次检查没有需由本局责令整改的问题。",
        "This inspection has no finding for this bureau to order rectified.",
    ),
    "notice_county_only": (
        "整改通知书和移送函由县局编号出具，外业笔记本上不能出具；请导出回传包交回县局。",
        "Notices and referral letters are numbered and issued by the county bureau, not on a field laptop; "
        "export the return package and hand it in to the county office.",
    ),
    "notice_not_signed": ("检查签字确认后才能出具文书。", "Documents are issued only for a signed inspection."),
    "referral_nothing": (
        "这次检查没有需移送其他部门的问题。",
        "This inspection has no finding to refer to another department.",
    ),
    # issue 17: the holiday schedule as data
    "calendar_year_range": ("年份 {year} 超出可录入的范围（2000–2100）。",
                            "The year {year} is out of range (2000–2100)."),
    "calendar_empty": ("没有读到任何日期。", "No dates were read."),
    "calendar_bad_line": (
        "第 {line} 行无法识别：应为“日期,休或班,名称”，例如“{year}-10-01,休,国庆节”。",
        "Line {line} is not understood: write “date,off or work,name”, e.g. “{year}-10-01,off,National Day”.",
    ),
    "calendar_bad_date": (
        "第 {line} 行的日期“{value}”无法识别（应为 YYYY-MM-DD，或 YYYY-MM-DD~YYYY-MM-DD 表示连续几天）。",
        "The date “{value}” on line {line} is not understood (write YYYY-MM-DD, or YYYY-MM-DD~YYYY-MM-DD for a run).",
    ),
    "calendar_wrong_year": ("第 {line} 行的日期 {day} 不在 {year} 年。",
                            "The date {day} on line {line} is not in {year}."),
    "calendar_bad_kind": (
        "第 {line} 行的类型“{value}”应为“休”（放假）或“班”（调休上班）。",
        "The kind “{value}” on line {line} must be “off” (休) or “work” (班, an adjusted working day).",
    ),
    "calendar_duplicate": ("日期 {day} 出现了两次（第 {line} 行）。", "The date {day} appears twice (line {line})."),
    "calendar_work_on_weekday": (
        "第 {line} 行：{day} 是周一至周五，调休上班日只会是周六或周日。",
        "Line {line}: {day} is a weekday; an adjusted working day is always a Saturday or Sunday.",
    ),
    "calendar_number_needed": (
        "请填写国务院办公厅通知的文号（例如 国办发明电〔{before}〕1号）。",
        "Give the number of the State Council notice (e.g. 国办发明电〔{before}〕1号).",
    ),
    "calendar_year_known": (
        "{year} 年的节假日安排已录入（{source}）；如需更正，请选择替换。",
        "The holiday schedule for {year} is already entered ({source}); choose to replace it to correct it.",
    ),
    "calendar_year_unknown": ("{year} 年的节假日安排尚未录入。", "The holiday schedule for {year} is not entered yet."),
    "package_holidays_bad": (
        "任务包中的节假日安排无法读取，任务包未导入。",
        "The holiday schedule in the assignment package cannot be read; the package was not opened.",
    ),
    "calendar_entered": (
        "已录入 {year} 年节假日安排（{days} 天）；重新计算了 {rechecked} 个暂定期限，其中 {moved} 个变动：",
        "The {year} holiday schedule is entered ({days} days); {rechecked} provisional deadlines reckoned again, "
        "{moved} of them moved:",
    ),
    # follow-up at the county desk
    "follow_up_wrong_state": (
        "案件目前为“{state_zh}”，不能{action_zh}。",
        "The case is at “{state_en}”, so it cannot {action_en} now.",
    ),
    "follow_up_close_unproven": (
        "销号需要已通过的复查或已认可的整改报告。",
        "A case is closed only on a passed re-check or an accepted rectification report.",
    ),
    "follow_up_escalate_early": (
        "整改期限未到且复查未不通过，不能移交查处。",
        "A case is escalated only after its deadline or a failed re-check.",
    ),
    "follow_up_recheck_unfit": (
        "复查必须是同一矿山在通知下达后已签字的检查。",
        "A re-check must be a signed inspection of the same mine made after the notice.",
    ),
    # issue 19: cases and citations
    "follow_up_recheck_has_notice": (
        "该检查已作为新案件下达了整改通知，不能再登记为复查。",
        "That inspection already has a notice of its own as a new case; "
        "it cannot be recorded as a re-check.",
    ),
    "notice_citation_needed": (
        "以下问题尚无经核实的违反规定依据，请先填写或确认后再下达通知：{items}。",
        "These findings have no confirmed rule yet; write or confirm it before the notice is issued: {items}.",
    ),
    "citation_empty": ("请写明违反的规定（文件名称及条款）。", "Please write the rule broken (document and article)."),
    "citation_no_finding": ("该检查没有条目 {item} 的问题。", "The inspection has no finding for item {item}."),
    "legal_unknown_province": (
        "没有省份“{province}”的法律依据资料。", "No legal basis on file for province {province}.",
    ),
    "legal_no_number": (
        "{province}的绿色矿山监管依据《{title}》缺少文号，请先在法律依据资料中填写。",
        "The green-mine basis of {province}, 《{title}》, has no document number; add it to the legal basis first.",
    ),
    "legal_invalid": ("法律依据文件 {file} 有误：{problem}", "The legal basis file {file} is invalid: {problem}"),
    "follow_up_reason_needed": ("请写明理由。", "Please give the reason."),
    "follow_up_missing": ("找不到案件 {id}。", "No case {id}."),
    "follow_up_no_mine": ("名录中没有采矿许可证号 {licence}。", "No mine with licence {licence} in the register."),
    "publication_place_needed": (
        "请写明公示的地方（如本局网站）。", "Please say where it was published (e.g. the bureau's website).",
    ),
    "publication_before_draw": ("公示日期 {day} 早于抽取日期。", "The publication date {day} is before the draw."),
    "target_negative": ("目标数不能为负数。", "A target cannot be negative."),
    "recheck_not_due": (
        "只有已送达整改通知、尚未销号的限期整改案件可以派复查。",
        "A re-inspection can be assigned only for a rectification case whose notice was served and is not closed.",
    ),
    "recheck_team_small": (
        "复查组需要至少两名在岗检查人员。", "A re-inspection team needs at least two active inspectors.",
    ),
    "recheck_avoidance": ("{name}（{badge}）须回避该矿山，不能参加复查。",
                          "{name} ({badge}) must avoid this mine and cannot take part in the re-inspection."),
    "listing_no_proposal": (
        "只有复查不通过而“拟移出”的矿山才能确认移出。",
        "Only a mine proposed for removal after a failed re-check can be removed.",
    ),
    # keys
    "passphrase_short": ("口令至少需要 {minimum} 个字符。", "A passphrase needs at least {minimum} characters."),
    "wrong_passphrase": ("口令不正确，无法打开密钥。", "The passphrase is wrong; the key cannot be opened."),
    "pkcs12_incomplete": ("证书文件中缺少私钥或证书。", "The certificate file lacks its key or certificate."),
    # issue 18: a passphrase asked where nobody can type it
    "passphrase_needed": (
        "需要口令：没有终端可以输入口令，请在环境变量 {variable} 中提供。",
        "A passphrase is needed: there is no terminal to type it in; give it in the environment variable {variable}.",
    ),
    "ca_county_only": ("只有县局工作区可以建立根证书。", "Only a county workspace can hold the root certificate."),
    "ca_exists": ("此工作区已经建立了根证书。", "This workspace already has its root certificate."),
    "ca_missing": ("此工作区尚未建立根证书。", "This workspace has no root certificate yet."),
    "inspector_not_active": ("执法证号 {badge} 不是在岗检查人员。", "Badge {badge} is not an active inspector."),
    "certificate_missing": ("没有序列号为 {serial} 的证书。", "No certificate has serial {serial}."),
    "certificate_foreign": ("证书不是本县签发的。", "The certificate was not issued by this county."),
    "certificate_unknown": ("证书不在本县的签发记录中。", "The certificate is not in this county's register."),
    "certificate_revoked": ("证书已于 {date} 被吊销。", "The certificate was revoked on {date}."),
    "certificate_expired": ("证书已于 {date} 过期。", "The certificate expired on {date}."),
    "pdf_signer_distrusted": (
        "{signer} 的签名证书不可信：{why_zh}",
        "{signer}'s signing certificate is not trusted: {why_en}",
    ),
    "pdf_unsigned": ("这个 PDF 没有数字签名。", "This PDF carries no digital signature."),
    "pdf_changed": ("{signer} 签名后文件被修改过，签名无效。", "The file was changed after {signer} signed it."),
    "pdf_added_after": (
        "{signer} 签名后文件又被追加了内容。",
        "Content was added to the file after {signer} signed it.",
    ),
    "pdf_untrusted": ("{signer} 的证书不是本县签发的。", "{signer}'s certificate was not issued by this county."),
    "pdf_signature_ok": (
        "签名有效：{signer} 于 {at} 签名，文件完好，证书由本县签发。",
        "Valid signature: {signer} signed on {at}; the file is intact and the certificate is this county's.",
    ),
    # walkthrough: a signed record is kept, and signed once
    "pdf_signed_already": (
        "{file} 已有数字签名，不能再签一次；检查记录签名后即为定稿。",
        "{file} is digitally signed already and cannot be signed again; a signed record is final.",
    ),
    # issue 20: keys in the GUI, verifying files, backups, draw records without avoidance lists
    "passphrase_mismatch": ("两次输入的口令不一致。", "The two passphrases differ."),
    "revoke_reason_needed": ("吊销证书须写明原因。", "A revocation needs its reason."),
    "certificate_expires_soon": (
        "{name}（{badge}）的证书将于 {day} 到期，请及时签发新证书。",
        "{name} ({badge})'s certificate expires on {day}; issue a new one in time.",
    ),
    "verify_kind_unknown": (
        "无法核验 {file}：只能核验 PDF、任务包（.gmtask）和回传包（.gmreturn）。",
        "{file} cannot be checked: only PDFs, assignment packages (.gmtask) and return packages (.gmreturn).",
    ),
    "verify_signed_by": ("签名人：{signer}；签名时间：{at}。", "Signed by {signer} on {at}."),
    "verify_intact": ("文件完好，签名后没有改动。", "The file is intact; nothing changed after signing."),
    "verify_chains": ("签名证书由本县根证书签发，可以信任。", "The signing certificate chains to this county's root."),
    "verify_package_ok": (
        "数据包 {file} 核验通过：签名有效，全部 {files} 个文件完好。",
        "Package {file} verifies: a valid signature, all {files} files intact.",
    ),
    "field_team_mismatch": (
        "证书持有人（{badge}）不在这个任务包的检查组中。",
        "The certificate holder ({badge}) is not on this assignment package's team.",
    ),
    "field_root_mismatch": (
        "任务包不是签发这张证书的县局签的，两个文件不配套。",
        "The package was not signed by the county that issued the certificate; the two files do not belong together.",
    ),
    "county_names_needed": ("请填写县（市、区）名称和主管部门名称。", "Enter the county's and the bureau's names."),
    "county_code_invalid": (
        "行政区划代码 {area} 应为 6 位数字（GB/T 2260）。",
        "The area code {area} should be six digits (GB/T 2260).",
    ),
    "backup_target_not_empty": (
        "备份文件夹 {path} 不是空的；请选择一个空文件夹或新文件夹。",
        "The backup folder {path} is not empty; choose an empty or new folder.",
    ),
    "backup_inside_workspace": (
        "备份不能放在工作区自己的文件夹 {path} 里；请选择其他磁盘或 U 盘上的文件夹。",
        "A backup cannot go inside the workspace ({path}); choose a folder on another disk or a USB stick.",
    ),
    "restore_target_not_empty": (
        "恢复目标 {path} 不是空文件夹；为免覆盖数据，只能恢复到空文件夹。",
        "The restore target {path} is not an empty folder; to overwrite nothing, restore only into an empty one.",
    ),
    "backup_not_a_backup": (
        "{path} 不是 GreenMine 工作区的备份（缺少 {file}）。",
        "{path} is not a GreenMine workspace backup (it lacks {file}).",
    ),
    "backup_file_changed": (
        "备份中的文件 {file} 与备份清单不符，备份已损坏。",
        "The backup's file {file} does not match its list; the backup is damaged.",
    ),
    "backup_check_failed": ("备份副本核验未通过：{detail}", "The backup copy failed its check: {detail}"),
    "backup_done": (
        "已备份到 {path}：数据库、{files} 个文件，核验通过。",
        "Backed up to {path}: the database and {files} files, checked.",
    ),
    "restore_done": ("已从备份恢复到 {path}，核验通过。", "Restored from the backup into {path}, checked."),
    "backup_due": (
        "距上次备份已超过 {days} 天（上次：{last}）。请用“文件 → 备份工作区”备份。",
        "The last backup is more than {days} days old ({last}). Use File → Back up the workspace.",
    ),
    "backup_never": (
        "此工作区还从未备份过。请用“文件 → 备份工作区”备份。",
        "This workspace has never been backed up. Use File → Back up the workspace.",
    ),
    "draw_avoidance_differs": (
        "工作区中保存的回避名单与抽取记录中的回避哈希不符。",
        "The avoidance lists kept in the workspace do not match the record's avoidance hash.",
    ),
    "draw_team_broken": (
        "矿山 {licence} 的检查组不符合抽取规则（人数、重复人员、人员库或每人上限）。",
        "The team for mine {licence} breaks the draw rules (size, a repeated member, the pool or the load limit).",
    ),
    "draw_verified_mines": (
        "抽取记录完好：按种子“{seed}”重新抽取得到相同的 {mines} 座矿山，检查组符合规则；"
        "回避名单保密，检查组人选需在县局工作区复核（--workspace）。",
        "The draw record is intact: seed “{seed}” re-draws the same {mines} mines and the teams keep the rules; "
        "avoidance lists are confidential, so the team choice is re-run in the county workspace (--workspace).",
    ),
    # packages
    "package_not_zip": (
        "{file} 不是完整的数据包（zip 文件损坏或不完整）。",
        "{file} is not a whole package (a damaged or cut-short zip).",
    ),
    "package_too_large": (
        "数据包超过大小或文件数限制，已拒绝。",
        "The package exceeds the size or file-count limit and was refused.",
    ),
    "package_duplicate_entry": ("数据包中文件 {file} 出现了两次。", "The package holds {file} twice."),
    "package_bad_path": (
        "数据包中的路径 {file} 不安全（绝对路径、..、盘符或冒号、Windows 保留名或以点结尾）。",
        "The package path {file} is unsafe (absolute, with .., a drive or colon, a Windows reserved name "
        "or a trailing dot).",
    ),
    "package_link": ("数据包中的 {file} 是链接，不允许。", "The package entry {file} is a link, which is not allowed."),
    "package_zip_bomb": (
        "数据包中的 {file} 压缩比异常（疑似压缩炸弹）。",
        "The package entry {file} expands suspiciously (a zip bomb).",
    ),
    "package_incomplete": ("数据包缺少 {file}。", "The package lacks {file}."),
    "package_signature_bad": (
        "数据包签名无效：{file} 被改动或签名不符。",
        "The package signature is invalid: {file} was changed or the signature does not match.",
    ),
    "package_untrusted": (
        "数据包的签名证书是别的县签发的，不是本县签发的。",
        "The package was signed with a certificate issued by another county, not this one.",
    ),
    "package_signer_revoked": (
        "数据包签名人的证书已于 {date} 被吊销。",
        "The package signer's certificate was revoked on {date}.",
    ),
    "package_signer_expired": (
        "数据包签名人的证书已于 {date} 过期。",
        "The package signer's certificate expired on {date}.",
    ),
    "package_signer_unknown": (
        "数据包签名人的证书不在本县签发记录中。",
        "The package signer's certificate is not in this county's register.",
    ),
    "package_format_newer": (
        "数据包格式版本 {found} 比本程序支持的 {supported} 新，请升级程序。",
        "The package format {found} is newer than this program reads ({supported}); please upgrade.",
    ),
    "package_wrong_kind": (
        "这是{found}数据包，此处需要{expected}数据包。",
        "This is a {found} package; a {expected} package is needed here.",
    ),
    "package_file_added": (
        "数据包中有清单以外的文件 {file}。",
        "The package holds {file}, which its manifest does not list.",
    ),
    "package_file_missing": ("数据包缺少清单中的文件 {file}。", "The package lacks {file}, which its manifest lists."),
    "package_file_changed": (
        "数据包中的 {file} 与清单不符（已被改动）。",
        "{file} in the package does not match its manifest (it was changed).",
    ),
    "package_no_team": ("这次抽取中没有检查组“{team}”。", "The draw has no team “{team}”."),
    "package_nothing_to_return": ("还没有已签字的检查可以回传。", "There is no signed inspection to send back yet."),
    "package_content_mismatch": (
        "回传包中检查 {uid} 的内容与其签字时的摘要不符。",
        "Inspection {uid} in the return package does not match the digest it was signed with.",
    ),
    # issue 15: package trust (the county checks a return package against its own records)
    "certificate_not_yet_valid": ("证书自 {date} 起才生效。", "The certificate is not valid before {date}."),
    "package_signer_not_yet_valid": (
        "数据包签名人的证书自 {date} 起才生效。",
        "The package signer's certificate is not valid before {date}.",
    ),
    "package_directory_entry": (
        "数据包中的 {file} 是文件夹条目，不允许。",
        "The package entry {file} is a folder, which is not allowed.",
    ),
    "package_file_damaged": (
        "数据包中的 {file} 已损坏，无法解压（校验和或压缩数据有误，或文件不完整）。",
        "{file} in the package is damaged and cannot be unpacked (bad checksum or compressed data, or cut short).",
    ),
    "package_chain_unknown": (
        "数据包的 {file} 中带有本县不认识的证书。",
        "The package's {file} carries a certificate this county does not know.",
    ),
    "package_interrupted": ("导入被中断（程序退出或崩溃），未导入任何内容。",
                            "The import was interrupted (the program quit or crashed); nothing was imported."),
    "return_data_bad": (
        "回传包的 data.json 在 {where} 处不符合格式：{problem}。",
        "The return package's data.json is malformed at {where}: {problem}.",
    ),
    "return_photo_twice": ("回传包中照片 {sha} 出现了两次。", "The return package lists photo {sha} twice."),
    "return_file_unused": (
        "回传包中的文件 {file} 不属于任何检查。",
        "The file {file} in the return package belongs to no inspection.",
    ),
    "return_photo_name": (
        "回传包中照片 {sha} 的存放名不是其 SHA-256。",
        "Photo {sha} in the return package is not filed under its SHA-256.",
    ),
    "return_photo_hash": (
        "回传包中照片 {sha} 的内容与其 SHA-256 或大小不符。",
        "Photo {sha} in the return package does not have the SHA-256 or size it is filed under.",
    ),
    "return_photo_unreadable": (
        "回传包中照片 {sha} 无法作为图片读取：{reason}",
        "Photo {sha} in the return package cannot be read as an image: {reason}",
    ),
    "return_photo_format": (
        "回传包中照片 {sha} 不是它所称的 {format} 图像。",
        "Photo {sha} in the return package is not the {format} image it claims to be.",
    ),
    "return_signature_image": (
        "回传包中检查 {uid} 的 {person} 签名图像缺失或不是 PNG。",
        "Inspection {uid}: the signature image of {person} is missing or not a PNG.",
    ),
    "return_report_not_pdf": ("回传包中的 {file} 不是 PDF 文件。", "{file} in the return package is not a PDF."),
    "return_audit_broken": (
        "回传包中检查终端的审计记录在第 {seq} 条处断链（被改动、删除或调换）。",
        "The field laptop's audit log in the return package is broken at row {seq} (edited, removed or reordered).",
    ),
    "return_inspection_twice": (
        "回传包中同一检查（或同一修订）出现了两次。",
        "The return package holds the same inspection (or revision) twice.",
    ),
    "return_signer_not_team": (
        "回传包中检查 {uid} 的检查组不包括签名人。",
        "Inspection {uid}: the package's signer is not on its team.",
    ),
    "return_differs": (
        "回传包中检查 {uid} 与本县已有的同一检查记录不一致。",
        "Inspection {uid} in the return package differs from the county's record of it.",
    ),
    "return_bad_status": (
        "回传包中检查 {uid} 的状态“{status}”不是回传包可以设定的（须为已签字，并带签字摘要）。",
        "Inspection {uid}: the status “{status}” is not one a return package can set (it must be signed, "
        "with its signed digest).",
    ),
    "return_template_unknown": (
        "回传包中检查 {uid} 使用的检查表 {template} 本程序没有。",
        "Inspection {uid} uses the checklist {template}, which this program does not have.",
    ),
    "return_mine_unknown": (
        "回传包中检查 {uid} 的矿山 {licence} 不在本县名录中。",
        "Inspection {uid}: the mine {licence} is not in this county's register.",
    ),
    "return_member_unknown": (
        "回传包中检查 {uid} 的检查人员 {badge} 与本县执法人员名录不符。",
        "Inspection {uid}: the inspector {badge} does not match this county's inspector register.",
    ),
    "return_team_small": (
        "回传包中检查 {uid} 的检查组不足两人或缺少矿山代表。",
        "Inspection {uid}: the team has fewer than two inspectors or no mine representative.",
    ),
    "return_not_assigned": (
        "回传包中检查 {uid}：本县没有把矿山 {licence} 抽取或指派给这个检查组。",
        "Inspection {uid}: this county never drew or assigned the mine {licence} to that team.",
    ),
    "return_series_foreign": (
        "回传包中检查 {uid} 修订或替代的检查记录不是该检查组此前回传的。",
        "Inspection {uid} revises or replaces a record that this team's earlier packages did not bring.",
    ),
    "return_unknown_item": (
        "回传包中检查 {uid} 的检查项 {item} 不在其检查表中（或重复）。",
        "Inspection {uid}: the item {item} is not in its checklist (or appears twice).",
    ),
    "return_bad_answer": (
        "回传包中检查 {uid} 的检查项 {item} 的答案“{value}”不符合该项的类型或范围。",
        "Inspection {uid}: the answer “{value}” to item {item} does not fit the item's kind or range.",
    ),
    "return_bad_finding": (
        "回传包中检查 {uid} 对检查项 {item} 的问题记录不对应一个不符合项（或重复、部门不明）。",
        "Inspection {uid}: the finding on item {item} is not on a failed item (or is repeated, or names an "
        "unknown department).",
    ),
    "return_bad_photo_link": (
        "回传包中检查 {uid} 引用的照片 {sha} 不在包中，或挂在未知检查项上（或重复）。",
        "Inspection {uid}: the photo {sha} is not in the package, is on an unknown item, or is linked twice.",
    ),
    "return_signature_missing": (
        "回传包中检查 {uid} 缺少 {person} 对所签内容的有效签字。",
        "Inspection {uid} lacks a valid signature of {person} for the content that was signed.",
    ),
    "return_incomplete": (
        "回传包中检查 {uid} 还有未回答的检查项，不能是已签字的检查。",
        "Inspection {uid} has unanswered items, so it cannot be a signed inspection.",
    ),
    "assignment_not_my_team": (
        "任务包是发给检查组 {team} 的，本机证书持有人 {badge} 不在该组。",
        "The assignment package is for the team {team}; the holder of this laptop's certificate ({badge}) is "
        "not on it.",
    ),
    "assignment_data_bad": (
        "任务包的 data.json 格式不对：{problem}。",
        "The assignment package's data.json is malformed: {problem}.",
    ),
    # command line
    "package_opened": ("已打开任务包 {file}。", "Opened the assignment package {file}."),
    "package_already_opened": (
        "任务包 {file} 之前已经打开过，未做更改。",
        "The assignment package {file} was opened before; nothing changed.",
    ),
    "package_imported": ("已导入", "imported"),
    "package_unchanged": ("已导入过，未做更改", "already imported, nothing changed"),
    "package_refused": ("已拒绝", "refused"),
    "package_verified": (
        "回传包 {file} 校验通过：签名、证书和全部 {files} 个文件完好，含 {inspections} 次检查。",
        "Return package {file} verifies: signature, certificate and all {files} files intact; "
        "{inspections} inspections.",
    ),
    "package_workspace_needed": (
        "核验数据包需给出 --workspace：其根证书就是要信任的签发者（县局工作区，或外业笔记本的工作区）。",
        "To check a package give --workspace: the workspace whose root certificate it must chain to (the county's, "
        "or the field laptop's).",
    ),
    "pdf_root_needed": (
        "检查 PDF 签名需给出 --workspace（县局工作区）或 --root（根证书 PEM）之一。",
        "To check a PDF give one of --workspace (the county workspace) or --root (its root certificate PEM).",
    ),
    "photos_mine_and_workspace": (
        "--mine 与 --workspace 须同时给出。",
        "--mine and --workspace go together.",
    ),
    "import_refused_rows": (
        "{refused} 行被拒绝，{accepted} 行已导入。",
        "{refused} rows were refused, {accepted} imported.",
    ),
    "import_done": (
        "已导入 {accepted} 行（新增 {new}，更新 {updated}，未变 {unchanged}）。",
        "Imported {accepted} rows ({new} new, {updated} updated, {unchanged} unchanged).",
    ),
    "cancelled": ("已取消，未做任何更改。", "Cancelled; nothing was changed."),
    "unexpected": (
        "发生意外错误，详情已写入日志 {log}。",
        "An unexpected error occurred; details were written to {log}.",
    ),
}


def cli_language() -> str:
    """Language for command-line output: ``GREENMINE_LANG`` if set, else Chinese."""
    lang = os.environ.get("GREENMINE_LANG", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def text(code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    zh, en = _TEXTS[code]
    return (en if lang == "en" else zh).format(**params)


@dataclass(frozen=True)
class Problem:
    """A finding about user input: a message code and what fills it in."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return text(self.code, lang, **self.params)


class UserError(Exception):
    """An error the user caused and can fix: shown as one sentence, never a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        self.problem = Problem(code, params)
        super().__init__(self.problem.message("en"))

    @property
    def code(self) -> str:
        return self.problem.code

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.problem.message(lang)


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""
