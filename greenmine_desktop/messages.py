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
    "disk_full": ("磁盘空间不足，数据未写入。", "The disk is full; nothing was written."),
    "bad_kind": ("工作区类型必须是 county 或 field。", "A workspace kind must be county or field."),
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
    # documents
    "working_days_unknown": (
        "{year} 年的法定节假日安排尚未收录，请改用自然日计算期限或升级程序。",
        "The holiday schedule for {year} is not known yet; count the deadline in calendar days or upgrade.",
    ),
    "notice_nothing_to_rectify": (
        "这次检查没有需由本局责令整改的问题。",
        "This inspection has no finding for this bureau to order rectified.",
    ),
    "notice_not_signed": ("检查签字确认后才能出具文书。", "Documents are issued only for a signed inspection."),
    "referral_nothing": (
        "这次检查没有需移送其他部门的问题。",
        "This inspection has no finding to refer to another department.",
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
    "ca_county_only": ("只有县局工作区可以建立根证书。", "Only a county workspace can hold the root certificate."),
    "ca_exists": ("此工作区已经建立了根证书。", "This workspace already has its root certificate."),
    "ca_missing": ("此工作区尚未建立根证书。", "This workspace has no root certificate yet."),
    "inspector_not_active": ("执法证号 {badge} 不是在岗检查人员。", "Badge {badge} is not an active inspector."),
    "certificate_missing": ("没有序列号为 {serial} 的证书。", "No certificate has serial {serial}."),
    "certificate_foreign": ("证书不是本县签发的。", "The certificate was not issued by this county."),
    "certificate_unknown": ("证书不在本县的签发记录中。", "The certificate is not in this county's register."),
    "certificate_revoked": ("证书已于 {date} 被吊销。", "The certificate was revoked on {date}."),
    "certificate_expired": ("证书已于 {date} 过期。", "The certificate expired on {date}."),
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
        "已导入 {accepted} 行（新增 {new}，更新 {updated}）。",
        "Imported {accepted} rows ({new} new, {updated} updated).",
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
